using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Auth;

/// <summary><c>tdbw logout</c>: removes cloud.json (which also logs out the Python client, since they share it).</summary>
internal static class LogoutCommand
{
    public static Command Create(CliHost host)
    {
        return host.Command("logout", "Forget the cached session (deletes cloud.json, shared with the Python client)", [], (ctx, _) =>
        {
            var path = ctx.CloudConfigPath;
            var existed = File.Exists(path);
            if (existed)
            {
                File.Delete(path);
            }

            if (ctx.Json)
            {
                ctx.WriteJson(new { logged_out = existed, config_file = path });
            }
            else
            {
                ctx.Output.Line(existed ? $"Logged out: removed {path}" : $"Not logged in ({path} does not exist)");
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }
}
