using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Auth;

/// <summary>
/// <c>tdbw config</c>: the TileDB core configuration for slicing arrays through TileDB Cloud (like
/// <c>tiledb.cloud.Config()</c>), printed as TileDB config-file lines. Credentials are masked unless asked for.
/// <c>tdbw config set</c> stores tdbw's own settings in tdbw.json.
/// </summary>
internal static class ConfigCommand
{
    private const string Mask = "********";
    private static readonly string[] SecretKeys = ["rest.token", "rest.password"];
    private static readonly string[] SettingNames = ["endpoint", "key", "retry-mode"];

    public static Command Create(CliHost host)
    {
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print rest.token / rest.password instead of masking them" };
        var command = new Command("config", "Show the TileDB core config keys (rest.server_address, rest.token, ...) for the current login")
        {
            showSecrets,
        };
        host.SetAction(command, (ctx, _) =>
        {
            using var client = ctx.CreateCloudClient();
            var reveal = ctx.Get(showSecrets);
            var config = client.Auth.GetCoreConfig()
                .ToDictionary(kv => kv.Key, kv => !reveal && SecretKeys.Contains(kv.Key) ? Mask : kv.Value, StringComparer.Ordinal);
            if (ctx.Json)
            {
                ctx.WriteJson(config);
            }
            else
            {
                // "key value" lines are the format tiledb_config_load_from_file reads, so the output can be redirected into one.
                foreach (var (key, value) in config.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    ctx.Output.Line($"{key} {value}");
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
