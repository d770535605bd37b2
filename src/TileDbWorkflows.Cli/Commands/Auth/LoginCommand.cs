using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Commands.Auth;

/// <summary>
/// <c>tdbw login</c>: like <c>tiledb.cloud.login()</c>, verifies the credentials and caches the session token in
/// cloud.json in the Python client's format, so one login serves both clients.
/// </summary>
internal static class LoginCommand
{
    public static Command Create(CliHost host)
    {
        var token = new Option<string?>("--token") { Description = "API token (prefer TILEDB_REST_TOKEN or --token-stdin in scripts: arguments show in process lists)" };
        var tokenStdin = new Option<bool>("--token-stdin") { Description = "Read the API token from standard input" };
        var username = new Option<string?>("--username", "-u") { Description = "User name; the password is prompted for without echo" };
        var password = new Option<string?>("--password") { Description = "Password (for scripts; --password-stdin is safer)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input" };
        return host.Command("login", "Log in to TileDB Cloud and cache the session in cloud.json", [token, tokenStdin, username, password, passwordStdin], async (ctx, ct) =>
        {
            var user = ctx.Get(username);
            var apiToken = ctx.Get(tokenStdin) ? ReadLine(ctx, "--token-stdin") : ctx.Get(token);
            if (string.IsNullOrEmpty(apiToken) == string.IsNullOrEmpty(user))
            {
                throw new UsageException("pass exactly one of --token (or --token-stdin) and --username");
            }

            // The order the README gives: --region/--host, TILEDB_REST_HOST, then the host of the session already saved.
            var server = ctx.HostOverride ?? ctx.Env.Get("TILEDB_REST_HOST") ?? SavedHost(ctx) ?? TileDbRegions.Global;
            using var client = TileDbCloudClient.Create(
                new TileDbCloudOptions { ServerAddress = server, UseConfigFile = false, ConfigFilePath = ctx.CloudConfigPath, RetryMode = ctx.RetryMode },
                configFile: ctx.CloudConfig);

            TileDbCloudSession session;
            if (!string.IsNullOrEmpty(apiToken))
            {
                session = await client.Auth.LoginWithTokenAsync(apiToken, server, save: false, cancellationToken: ct).ConfigureAwait(false);
            }
            else
            {
                var secret = ctx.Get(passwordStdin) ? ReadLine(ctx, "--password-stdin") : ctx.Get(password) ?? Prompt(ctx);
                session = await client.Auth.LoginAsync(user!, secret, server, save: false, cancellationToken: ct).ConfigureAwait(false);
            }

            // A token login makes no request; asking for the profile proves the credentials before they are saved.
            var profile = await client.Users.GetProfileAsync(ct).ConfigureAwait(false);
            ctx.CloudConfig.Save(session);
            if (ctx.Json)
            {
                ctx.WriteJson(new { username = profile.Username, host = session.ServerAddress, config_file = ctx.CloudConfigPath });
            }
            else
            {
                ctx.Output.Success($"Logged in to {session.ServerAddress} as {profile.Username}; session saved to {ctx.CloudConfigPath}");
            }

            return ExitCodes.Success;
        });
    }

    private static string? SavedHost(CliContext ctx)
    {
        try
        {
            return ctx.CloudConfig.Load()?.ServerAddress is { Length: > 0 } saved ? saved : null;
        }
        catch (Exception ex) when (ex is IOException or TileDbCloudException)
        {
            // An unreadable cloud.json is replaced by this login; it must not block it.
            return null;
        }
    }

    private static string ReadLine(CliContext ctx, string flag) =>
        ctx.Env.Stdin.ReadLine()?.TrimEnd('\r', '\n') is { Length: > 0 } line
            ? line
            : throw new UsageException($"{flag} was given but standard input is empty");

    private static string Prompt(CliContext ctx) =>
        ctx.Env.ReadSecret?.Invoke("Password: ")
        ?? throw new UsageException("no terminal to prompt for the password; use --password-stdin");
}
