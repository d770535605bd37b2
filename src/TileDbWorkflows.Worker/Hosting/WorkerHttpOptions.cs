namespace TileDbWorkflows.Worker.Hosting;

/// <summary>
/// Where the HTTP API listens, section <c>Worker</c>. Read directly rather than through ASPNETCORE_URLS: the
/// sidecar's own endpoint is configured in code, and Kestrel then ignores URL settings.
/// </summary>
public sealed class WorkerHttpOptions
{
    public const string SectionName = "Worker";

    /// <summary><c>Worker:HttpPort</c> (default 7071, the Functions host's local port, so clients need no change); 0 picks a free port.</summary>
    public int HttpPort { get; set; } = 7071;

    /// <summary>
    /// <c>Worker:HttpHost</c> (default <c>127.0.0.1</c>): the address to bind. Use <c>0.0.0.0</c> (or <c>::</c>)
    /// in containers; keep loopback on a developer machine.
    /// </summary>
    public string HttpHost { get; set; } = "127.0.0.1";
}
