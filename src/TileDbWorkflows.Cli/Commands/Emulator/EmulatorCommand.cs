using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Emulator;

namespace TileDbWorkflows.Cli.Commands.Emulator;

/// <summary>
/// <c>tdbw emulator [--port N]</c>: the TileDB Cloud emulator in the foreground until Ctrl+C, printing where
/// it listens and the well-known seed credentials so the next command can be a login against it.
/// </summary>
internal static class EmulatorCommand
{
    // The default seed's logins (see the emulator README): each password is the username, each token "<user>-token".
    private static readonly string[] WellKnownUsers = ["demo", "alice", "bob", "carol"];

    public static Command Create(CliHost host)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: a free port)" };
        var regions = CommonOptions.List("--regions", "Extra regions to emulate, each on its own port (e.g. eu-west-2)");
        var seed = new Option<string?>("--seed") { Description = "JSON seed file with extra users, organizations, arrays and groups" };
        var command = new Command("emulator", "Run the TileDB Cloud emulator in the foreground (Ctrl+C stops it)") { port, regions, seed };
        host.SetAction(command, async (ctx, ct) =>
        {
            var options = new EmulatorOptions
            {
                Port = ctx.Get(port),
                Regions = [.. Values.List(ctx.Get(regions))],
                SeedFile = ctx.Get(seed),
            };
            var server = await EmulatorServer.StartAsync(options, ct).ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                var address = server.BaseAddress.ToString().TrimEnd('/');
                if (ctx.Json)
                {
                    ctx.WriteJson(new
                    {
                        address,
                        regions = server.RegionAddresses.ToDictionary(r => r.Key, r => r.Value.ToString().TrimEnd('/')),
                        users = WellKnownUsers.Select(u => new { username = u, password = u, token = u + "-token" }),
                        organization = DefaultSeed.Organization,
                    });
                }
                else
                {
                    ctx.Output.Success($"TileDB Cloud emulator listening on {address}");
                    foreach (var (region, uri) in server.RegionAddresses)
                    {
                        ctx.Output.Line($"  region {region}: {uri.ToString().TrimEnd('/')}");
                    }

                    if (server.RegionAddresses.Count > 0)
                    {
                        // The region map that makes --region NAME reach these ports (see the README's region map).
                        var map = string.Join(',', server.RegionAddresses.Select(r => $"{r.Key}={r.Value.ToString().TrimEnd('/')}"));
                        ctx.Output.Line($"  --region NAME reaches them with: export {Infrastructure.Regions.Variable}={map}");
                    }

                    ctx.Output.Table(
                        ["Username", "Password", "API token", "Note"],
                        [
                            ["demo", "demo", "demo-token", $"owner of organization {DefaultSeed.Organization}"],
                            ["alice", "alice", "alice-token", null],
                            ["bob", "bob", "bob-token", null],
                            ["carol", "carol", "carol-token", null],
                        ]);
                    ctx.Output.Line($"Log in with: tdbw login --host {address} --token demo-token");
                    ctx.Output.Line("Press Ctrl+C to stop.");
                }

                // Ctrl+C reaches us either as the command's cancellation or through the emulator host's own console
                // lifetime, which stops the app; either one ends the command.
                var cancelled = Task.Delay(Timeout.Infinite, ct);
                var shutdown = server.WaitForShutdownAsync(CancellationToken.None);
                await Task.WhenAny(cancelled, shutdown).ConfigureAwait(false);

                if (!ctx.Json)
                {
                    ctx.Output.Line("Emulator stopped.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
