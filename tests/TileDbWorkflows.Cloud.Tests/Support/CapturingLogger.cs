using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>Turns each log call into a <see cref="CapturedLog"/> with its state values as text.</summary>
public sealed class CapturingLogger(string category, Action<CapturedLog> sink) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value?.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string?>(StringComparer.Ordinal);
        sink(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception));
    }
}
