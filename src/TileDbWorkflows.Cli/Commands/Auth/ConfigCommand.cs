using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Auth;

/// <summary>
/// <c>tdbw config</c>: the TileDB core configuration for slicing arrays through TileDB Cloud (like
/// <c>tiledb.cloud.Config()</c>), printed as TileDB config-file lines. Credentials are masked unless asked for.
/// tdbw's own settings (worker endpoint, key masked, retry mode, each with where it came from) follow as <c>#</c>
/// comment lines, which TileDB's config-file reader skips. <c>tdbw config set</c> stores them in tdbw.json.
/// </summary>
internal static class ConfigCommand
{
    private const string Mask = "********";
    private static readonly string[] SecretKeys = ["rest.token", "rest.password"];
    private static readonly string[] SettingNames = ["endpoint", "key", "retry-mode"];
    private const string RegionPrefix = "region.";

    public static Command Create(CliHost host)
    {
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print rest.token / rest.password instead of masking them" };
        var command = new Command(
            "config",
            "Show the TileDB core config keys (rest.server_address, rest.token, ...) for the current login, then tdbw's own settings "
            + "(worker endpoint, key masked, retry mode) as # comment lines\n\n"
            + "Examples:\n  tdbw config\n  tdbw config > tiledb.cfg            # a TileDB config file; the # lines are skipped\n  tdbw config set endpoint http://localhost:7071\n"
            + "  tdbw config set region.eu-west-2 http://127.0.0.1:5101   # --region eu-west-2 then reaches the emulator's region")
        {
            showSecrets, host.Globals.Endpoint, host.Globals.Key,
        };
        host.SetAction(command, (ctx, _) =>
        {
            using var client = ctx.CreateCloudClient();
            var reveal = ctx.Get(showSecrets);
            var config = client.Auth.GetCoreConfig()
                .ToDictionary(kv => kv.Key, kv => !reveal && SecretKeys.Contains(kv.Key) ? Mask : kv.Value, StringComparer.Ordinal);
            var endpoint = ctx.WorkerEndpoint;
            var key = ctx.WorkerKey;
            var saved = ctx.Settings.Load().RetryMode;
            var tdbw = new Dictionary<string, ResolvedSetting>(StringComparer.Ordinal)
            {
                ["endpoint"] = endpoint,
                ["key"] = key with { Value = key.Value is null ? null : reveal ? key.Value : Mask },
                ["retry_mode"] = new(RetryModes.Name(ctx.RetryMode), saved is null ? "default" : TdbwSettingsFile.FileName),
            };
            if (ctx.Json)
            {
                // The core keys stay at the top level (the shape scripts already read); tdbw's settings sit under "tdbw".
                var json = config.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal);
                var tdbwJson = tdbw.ToDictionary(kv => kv.Key, kv => (object)new { value = kv.Value.Value, source = kv.Value.Source }, StringComparer.Ordinal);
                tdbwJson["regions"] = ctx.RegionMap.Entries.ToDictionary(r => r.Name, r => new { value = r.Address, source = r.Source }, StringComparer.OrdinalIgnoreCase);
                json["tdbw"] = tdbwJson;
                ctx.WriteJson(json);
            }
            else
            {
                // "key value" lines are the format tiledb_config_load_from_file reads, so the output can be redirected into one.
                foreach (var (name, value) in config.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    ctx.Output.Line($"{name} {value}");
                }

                ctx.Output.Line($"# tdbw settings ({ctx.Settings.Path})");
                foreach (var (name, setting) in tdbw)
                {
                    ctx.Output.Line(setting.Value is null ? $"# tdbw.{name} (not set)" : $"# tdbw.{name} {setting.Value} (from {setting.Source})");
                }

                foreach (var (region, address, source) in ctx.RegionMap.Entries.Where(r => r.Source != "built-in"))
                {
                    ctx.Output.Line($"# tdbw.region.{region} {address} (from {source})");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        });
        command.Subcommands.Add(CreateSet(host));
        return command;
    }

    private static Command CreateSet(CliHost host)
    {
        var name = new Argument<string>("name") { Description = "endpoint, key, retry-mode or region.NAME (a region name's server address)" };
        name.Validators.Add(result =>
        {
            var given = result.GetValueOrDefault<string>();
            if (!SettingNames.Contains(given) && !(given.StartsWith(RegionPrefix, StringComparison.Ordinal) && given.Length > RegionPrefix.Length))
            {
                result.AddError($"'{given}' is not a setting; use one of: {string.Join(", ", SettingNames)}, region.NAME");
            }
        });
        var value = new Argument<string?>("value") { Description = "New value; empty clears it. For key, omit it to read the key from standard input", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("set", "Store a tdbw setting in tdbw.json (endpoint, key, retry-mode, region.NAME)\n\n"
            + "Examples:\n  tdbw config set endpoint http://localhost:7071\n  tdbw config set region.eu-west-2 http://127.0.0.1:5101\n  tdbw config set region.eu-west-2 \"\"   # forget it") { name, value };
        host.SetAction(command, (ctx, _) =>
        {
            var setting = ctx.Get(name)!;
            var text = ctx.Get(value);
            if (text is null && setting == "key")
            {
                // Reading the key from stdin keeps it out of shell history and process listings.
                text = ctx.Env.Stdin.ReadLine()?.Trim();
            }

            if (text is null)
            {
                throw new UsageException($"a value for {setting} is required");
            }

            var file = ctx.Settings;
            var current = file.Load();
            var cleared = text.Length == 0 ? null : text;
            var updated = setting.StartsWith(RegionPrefix, StringComparison.Ordinal) ? WithRegion(current, setting[RegionPrefix.Length..], cleared) : setting switch
            {
                "endpoint" => current with { Endpoint = cleared },
                "key" => current with { Key = cleared },
                _ => current with { RetryMode = cleared is null ? null : RetryModes.Name(RetryModes.Parse(cleared)) },
            };
            file.Save(updated);
            var shown = setting == "key" && cleared is not null ? Mask : cleared ?? "(cleared)";
            ctx.Output.Line($"{setting} = {shown} (saved to {file.Path})");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static TdbwSettings WithRegion(TdbwSettings current, string region, string? address)
    {
        var regions = new Dictionary<string, string>(current.Regions ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        if (address is null)
        {
            regions.Remove(region);
        }
        else
        {
            regions[region] = Cloud.TileDbRegions.NormalizeHost(address);
        }

        return current with { Regions = regions.Count == 0 ? null : regions };
    }
}
