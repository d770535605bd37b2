namespace TileDbWorkflows.Emulator.Regions;

/// <summary>Thrown by a handler that found its asset in another region; answered as 307.</summary>
internal sealed class RegionRedirectException(string region, int port) : Exception($"asset lives in region {region}")
{
    public string Region { get; } = region;

    public int Port { get; } = port;
}
