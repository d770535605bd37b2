using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary>How <c>arrays unshare</c> and <c>groups unshare</c> report: a revocation, or that there was nothing to revoke.</summary>
internal static class ShareRevocation
{
    public static int Report(CliContext ctx, string command, string target, string who, bool hadAccess)
    {
        if (ctx.Json)
        {
            ctx.WriteJson(new { target, @namespace = who, revoked = hadAccess });
        }
        else if (hadAccess)
        {
            ctx.Output.Success($"Revoked {who}'s access to {target}");
        }
        else
        {
            ctx.Output.Warning($"{who} had no access to {target}; nothing to revoke (see: tdbw {command} shared-with {target})");
        }

        return ExitCodes.Success;
    }
}
