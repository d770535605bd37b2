using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>One log entry: the formatted message and every structured state value, as text.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> State, Exception? Exception)
{
    /// <summary>Everything a sink could write for this entry.</summary>
    public IEnumerable<string> AllText()
    {
        yield return Message;
        foreach (var value in State.Values)
        {
            yield return value ?? "";
        }

        if (Exception is not null)
        {
            yield return Exception.ToString();
        }
    }
}
