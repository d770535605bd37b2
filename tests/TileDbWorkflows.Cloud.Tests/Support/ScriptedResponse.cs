namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>What the recording server answers.</summary>
public sealed record ScriptedResponse(int StatusCode, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ScriptedResponse Json(string body, int status = 200) => new(status, body);

    public static ScriptedResponse Status(int status) => new(status);

    public static ScriptedResponse WithHeader(int status, string name, string value, string? body = null)
        => new(status, body, new Dictionary<string, string> { [name] = value });
}
