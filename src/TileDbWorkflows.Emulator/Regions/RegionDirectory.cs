using System.Collections.Concurrent;

namespace TileDbWorkflows.Emulator.Regions;

/// <summary>
/// Which listening port serves which region. Filled once Kestrel has bound its ports (port 0 is only
/// resolved at bind time); a request's region is the region of the port it arrived on.
/// </summary>
internal sealed class RegionDirectory
{
    private readonly ConcurrentDictionary<int, string> regionByPort = new();
    private readonly ConcurrentDictionary<string, int> portByRegion = new(StringComparer.OrdinalIgnoreCase);

    public int MainPort { get; set; }

    public IReadOnlyDictionary<string, int> Ports => portByRegion;

    public void Add(string region, int port)
    {
        regionByPort[port] = region;
        portByRegion[region] = port;
    }

    public bool IsKnown(string region) => portByRegion.ContainsKey(region);

    /// <summary>The region a request arrived in, or null for the main address.</summary>
    public string? RegionOf(HttpContext ctx) => regionByPort.TryGetValue(ctx.Connection.LocalPort, out var r) ? r : null;

    public int? PortOf(string region) => portByRegion.TryGetValue(region, out var p) ? p : null;
}
