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

    public static Command Create(CliHost host)
    {
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print rest.token / rest.password instead of masking them" };
        var command = new Command(
            "config",
            "Show the TileDB core config keys (rest.server_address, rest.token, ...) for the current login, then tdbw's own settings "
            + "(worker endpoint, key masked, retry mode) as # comment lines\n\n"
            + "Examples:\n  tdbw config\n  tdbw config > tiledb.cfg            # a TileDB config file; the # lines are skipped\n  tdbw config set endpoint http://localhost:7071")
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
                json["tdbw"] = tdbw.ToDictionary(kv => kv.Key, kv => new { value = kv.Value.Value, source = kv.Value.Source }, StringComparer.Ordinal);
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
            }

            return Task.FromResult(ExitCodes.Success);
        });
        command.Subcommands.Add(CreateSet(host));
        return command;
    }

    private static Command CreateSet(CliHost host)
    {
        var name = new Argument<string>("name") { Description = "endpoint, key or retry-mode" };
        name.AcceptOnlyFromAmong(SettingNames);
        var value = new Argument<string?>("value") { Description = "New value; empty clears it. For key, omit it to read the key from standard input", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("set", "Store a tdbw setting in tdbw.json (endpoint, key, retry-mode)") { name, value };
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
            var updated = setting switch
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
}
