using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// Region names accepted wherever a server address is (the Python docs name regions, not URLs): the region map of
/// <c>TDBW_REGIONS</c> (<c>name=url,name=url</c>) first, then tdbw.json's <c>regions</c>, then the built-in TileDB Cloud
/// regions, so the same <c>--region eu-west-2</c> reaches the emulator's regional port or the real service.
/// </summary>
internal sealed class Regions
{
    public const string Variable = "TDBW_REGIONS";

    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us-east-1"] = TileDbRegions.UsEast1,
        ["us-west-2"] = TileDbRegions.UsWest2,
        ["eu-west-1"] = TileDbRegions.EuWest1,
        ["eu-west-2"] = TileDbRegions.EuWest2,
        ["ap-southeast-1"] = TileDbRegions.ApSoutheast1,
    };

    private readonly Dictionary<string, (string Address, string Source)> map = new(StringComparer.OrdinalIgnoreCase);

    private Regions(string? variable, IReadOnlyDictionary<string, string>? configured)
    {
        foreach (var (name, address) in BuiltIn)
        {
            map[name] = (address, "built-in");
        }

        foreach (var (name, address) in configured ?? new Dictionary<string, string>())
        {
            map[name.Trim()] = (TileDbRegions.NormalizeHost(address), TdbwSettingsFile.FileName);
        }

        foreach (var pair in (variable ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new UsageException($"{Variable}: '{pair}' is not name=url (e.g. {Variable}=eu-west-2=http://127.0.0.1:5101)");
            }

            map[pair[..equals].Trim()] = (TileDbRegions.NormalizeHost(pair[(equals + 1)..]), Variable);
        }
    }

    /// <summary>The map in effect for this invocation.</summary>
    public static Regions From(CliEnvironment env, TdbwSettings settings)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(settings);
        return new Regions(env.Get(Variable), settings.Regions);
    }

    public IEnumerable<string> Names => map.Keys.Order(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every region with its address and where it came from (built-in, tdbw.json, TDBW_REGIONS).</summary>
    public IEnumerable<(string Name, string Address, string Source)> Entries =>
        map.OrderBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).Select(kv => (kv.Key, kv.Value.Address, kv.Value.Source));

    public string? Resolve(string nameOrHost) => map.TryGetValue(nameOrHost.Trim(), out var entry) ? entry.Address : null;
}
