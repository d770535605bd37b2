namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Facts about this process's sidecar fixed while services are registered: the worker and client channels need
/// the address before Kestrel has bound anything, so the port cannot be discovered afterwards.
/// </summary>
public sealed class DurableSidecarInfo(int port, string workerId)
{
    /// <summary>Loopback port of the sidecar's gRPC (HTTP/2) endpoint.</summary>
    public int Port { get; } = port;

    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    /// <summary>
    /// Identity of this process among the workers of one Azure Storage task hub (partition leases are held per
    /// worker id, so two processes must never share one: machine name alone is not enough).
    /// </summary>
    public string WorkerId { get; } = workerId;
}
