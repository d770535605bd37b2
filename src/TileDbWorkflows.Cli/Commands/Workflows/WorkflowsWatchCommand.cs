using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// <c>tdbw workflows watch ID [ID...] [--follow]</c>: one workflow with a progress bar per phase, then the report; several
/// (or, with --follow, everything running and whatever starts meanwhile) one line per change. Non-zero exit if anything failed.
/// </summary>
internal static class WorkflowsWatchCommand
{
    public static Command Create(CliHost host)
    {
        var ids = new Argument<string[]>("id") { Description = "Workflow instance ids (one or more; none with --follow)", Arity = ArgumentArity.ZeroOrMore };
        var follow = new Option<bool>("--follow") { Description = "Watch every running workflow, and each new one as it starts, until Ctrl+C or --timeout" };
        var timeout = CommonOptions.Timeout("Stop watching after this long (10m, 1h); the workflows keep running");
        const string help = "Follow workflows until they end: one with a progress bar per phase, several (or --follow) one line per change; "
            + "Ctrl+C stops watching (exit 130), not the workflows\n\n"
            + "Examples:\n  tdbw workflows watch onboarding-demo\n  tdbw workflows watch sweep-nightly --timeout 30m\n"
            + "  tdbw workflows watch invitations-a invitations-b sharing-k1\n  tdbw workflows watch --follow --timeout 1h";
        return host.Command("watch", help, [ids, follow, timeout], async (ctx, ct) =>
        {
            var given = ctx.Get(ids) ?? [];
            var following = ctx.Get(follow);
            if (given.Length == 0 && !following)
            {
                throw new UsageException("name the workflows to watch (tdbw workflows watch ID [ID...]) or pass --follow");
            }

            using var client = ctx.CreateWorkflowClient();
            var limit = Values.Duration(ctx.Get(timeout));
            if (given.Length == 1 && !following)
            {
                return await WorkflowView.WatchAsync(ctx, client, given[0], limit, ct).ConfigureAwait(false);
            }

            return await new WorkflowsWatcher(ctx, client, following).RunAsync(given.Distinct(StringComparer.Ordinal).ToArray(), limit, ct).ConfigureAwait(false);
        });
    }
}
