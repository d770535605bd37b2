using System.Globalization;

namespace TileDbWorkflows.Worker.Hosting;

/// <summary>
/// One name per worker process, for leases and claims: the machine and process say who holds what in the logs, the
/// random suffix keeps two processes that reuse a pid (containers) apart.
/// </summary>
public static class WorkerIdentity
{
    public static string New(string? purpose = null)
    {
        // The one place a worker draws a random id; nothing deterministic depends on it.
#pragma warning disable RS0030
        var suffix = Guid.NewGuid().ToString("N")[..6];
#pragma warning restore RS0030
        var name = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{suffix}");
        return purpose is null ? name : name + "-" + purpose;
    }
}
