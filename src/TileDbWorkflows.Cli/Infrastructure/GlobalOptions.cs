namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>Options every command understands; <see cref="Option.Recursive"/> makes them valid after any subcommand.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Host { get; } = new("--host", "--server")
    {
        Description = "TileDB Cloud server address or region name (default: cloud.json, then TILEDB_REST_HOST, then https://api.tiledb.com)",
        Recursive = true,
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "Talk to a TileDB Cloud region directly, e.g. eu-west-2 (overrides --host); names come from TDBW_REGIONS, tdbw.json's regions, then the built-in regions",
        Recursive = true,
    };

    public Option<string?> ProfileDir { get; } = new("--profile-dir")
    {
        Description = "Directory of cloud.json and tdbw.json (default: ~/.tiledb)",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable JSON output",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show stack traces and request details on errors",
        Recursive = true,
    };

    /// <summary>Worker endpoint, only on the workflow commands.</summary>
    public Option<string?> Endpoint { get; } = new("--endpoint")
    {
        Description = "Worker or Functions app address (default: TDBW_ENDPOINT, then tdbw.json)",
        Recursive = true,
    };

    /// <summary>Function key, only on the workflow commands.</summary>
    public Option<string?> Key { get; } = new("--key")
    {
        Description = "Function key sent as x-functions-key (default: TDBW_KEY, then tdbw.json)",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Host);
        root.Options.Add(Region);
        root.Options.Add(ProfileDir);
        root.Options.Add(Json);
        root.Options.Add(Verbose);
    }
}
