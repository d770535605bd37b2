namespace TileDbWorkflows.Worker.Security;

/// <summary>
/// API key protection of the HTTP routes, section <c>Worker</c>. Keys are accepted the way Azure Functions
/// accepts function keys (<c>x-functions-key</c> header or <c>code</c> query), so one client works against both.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Worker";

    /// <summary><c>Worker:ApiKey</c>: the key callers present. Set it from a secret store, never in a committed file.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>Worker:ApiKeys:0</c>, <c>:1</c>, ...: more accepted keys, e.g. the next key during a rotation.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>
    /// <c>Worker:AllowAnonymousLoopback</c> (default false): requests without a key are let in when they come
    /// from loopback. For local runs only; do not enable behind a reverse proxy on the same machine, where every
    /// request arrives from loopback.
    /// </summary>
    public bool AllowAnonymousLoopback { get; set; }

    internal IEnumerable<string> AcceptedKeys()
    {
        if (!string.IsNullOrEmpty(ApiKey))
        {
            yield return ApiKey;
        }
        foreach (var key in ApiKeys)
        {
            if (!string.IsNullOrEmpty(key))
            {
                yield return key;
            }
        }
    }
}
