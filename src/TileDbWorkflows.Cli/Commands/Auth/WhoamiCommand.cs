using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Auth;

/// <summary><c>tdbw whoami</c>: the user profile, like <c>tiledb.cloud.user_profile()</c>.</summary>
internal static class WhoamiCommand
{
    public static Command Create(CliHost host)
    {
        return host.Command("whoami", "Show your TileDB Cloud user profile", [], async (ctx, ct) =>
        {
            var user = await ctx.Cloud.Users.GetProfileAsync(ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(user);
                return ExitCodes.Success;
            }

            ctx.Output.KeyValues(
            [
                ("Username", user.Username),
                ("Name", user.Name),
                ("Email", user.Email),
                ("Company", user.Company),
                ("Organizations", Output.Join(user.Organizations, o => o.OrganizationName + (o.Role is { } r ? $" ({WireNames.ToWire(r)})" : string.Empty))),
                ("Default region", user.DefaultRegion),
                ("Server", ctx.Cloud.Auth.CurrentSession?.ServerAddress),
            ]);
            return ExitCodes.Success;
        });
    }
}
