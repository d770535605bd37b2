using System.Text.Json;
using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>
/// <c>tdbw invites bulk --request-id ID --kind array --target URI --file recipients.csv</c>: hands a large
/// invitation list to the worker's bulk invitation workflow (chunked, retried, reported per recipient).
/// </summary>
internal static class InvitesBulkCommand
{
    public static Command Create(CliHost host)
    {
        var requestId = new Option<string>("--request-id") { Description = "Unique id of this request; resending the same id starts nothing new", Required = true };
        var kind = new Option<string>("--kind") { Description = "array, group or organization", Required = true };
        kind.AcceptOnlyFromAmong("array", "group", "organization", "org");
        var target = new Option<string>("--target") { Description = "tiledb:// URI of the array or group, or the organization name", Required = true };
        var recipients = new RecipientOptions();
        var actions = CommonOptions.List("--actions", "Array actions (array and group invitations) or namespace actions (organization)");
        var groupActions = CommonOptions.List("--group-actions", "Group actions (group invitations)");
        var role = new Option<string?>("--role") { Description = "Organization role (organization invitations)" };
        var watch = CommonOptions.Watch("Follow the workflow until it ends");
        var timeout = CommonOptions.Timeout("Stop watching after this long");
        return host.Command("bulk", "Send many invitations through the worker's bulk invitation workflow", [requestId, kind, target, .. recipients.Symbols, actions, groupActions, role, watch, timeout, host.Globals.Endpoint, host.Globals.Key], async (ctx, ct) =>
        {
            var request = new BulkInvitationRequest
            {
                RequestId = ctx.Get(requestId)!,
                Kind = ctx.Get(kind) switch
                {
                    "array" => InvitationKind.Array,
                    "group" => InvitationKind.Group,
                    _ => InvitationKind.Organization,
                },
                Target = ctx.Get(target)!,
                Recipients = recipients.Collect(ctx),
                Actions = Values.List(ctx.Get(actions)),
                GroupActions = Values.List(ctx.Get(groupActions)),
                Role = ctx.Get(role),
            };
            using var client = ctx.CreateWorkflowClient();
            var before = await ExistingWorkflow.FindAsync(client, InstanceIds.Invitations, request.RequestId, ct).ConfigureAwait(false);
            var status = await client.StartAsync(ApiRoutes.Invitations, JsonSerializer.Serialize(request, CliJson.Workflows), null, ct).ConfigureAwait(false);
            ExistingWorkflow.Tell(ctx, before, status, "--request-id");
            return await OnboardCommand.Follow(ctx, client, status, ctx.Get(watch), Values.Duration(ctx.Get(timeout)), ct).ConfigureAwait(false);
        });
    }
}
