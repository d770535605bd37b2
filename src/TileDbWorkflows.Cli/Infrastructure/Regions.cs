using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>Region names accepted wherever a server address is (the Python docs name regions, not URLs).</summary>
internal static class Regions
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us-east-1"] = TileDbRegions.UsEast1,
        ["us-west-2"] = TileDbRegions.UsWest2,
        ["eu-west-1"] = TileDbRegions.EuWest1,
        ["eu-west-2"] = TileDbRegions.EuWest2,
        ["ap-southeast-1"] = TileDbRegions.ApSoutheast1,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static string? Resolve(string nameOrHost) => ByName.GetValueOrDefault(nameOrHost.Trim());
}
