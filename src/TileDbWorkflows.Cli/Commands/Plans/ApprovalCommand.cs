using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Plans;

/// <summary><c>tdbw approve|reject ID [--reason TEXT]</c>: answers an apply waiting for the approval of its destructive changes.</summary>
internal static class ApprovalCommand
{
    public static Command Create(CliHost host, string action)
    {
        var description = action == "approve"
            ? "Approve the destructive changes an apply waits for (tdbw workflows status ID shows them and the deadline)"
            : "Reject the destructive changes an apply waits for: it ends \"rejected\", none made, the others stay";
        var id = CommonOptions.Id("The apply workflow's id");
        var reason = new Option<string?>("--reason") { Description = "Recorded in the apply's report" };
        return host.Command(action, description, [id, reason, host.Globals.Endpoint, host.Globals.Key], async (ctx, ct) =>
        {
            using var client = ctx.CreateWorkflowClient();
            await client.ControlAsync(ctx.Get(id)!, action, ctx.Get(reason), ct).ConfigureAwait(false);
            return ctx.Emit(new { id = ctx.Get(id), decision = action == "approve" ? "approved" : "rejected" },
                () => ctx.Output.Success($"{(action == "approve" ? "approved" : "rejected")}: {ctx.Get(id)}; follow it with tdbw workflows watch {ctx.Get(id)}"), CliJson.Workflows);
        });
    }
}
