using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Invitations on the list engine: items are recipients, the header is the request without them.</summary>
public static class InvitationList
{
    public static ListFeature Feature { get; } = new(
        "invitations",
        SendInvitationsActivity.Phase,
        nameof(SendInvitationsActivity),
        (header, items, dryRun) =>
        {
            var h = header.Deserialize<InvitationSpec>(WorkflowJson.Options)!;
            return new InvitationBatch(h.Kind, h.Target, h.Actions, h.GroupActions, h.Role, items.Select(i => i.GetString()!).ToArray(), dryRun);
        },
        header => "inviting to " + header.GetProperty("target").GetString());

    /// <summary>The request's parameters without its recipients.</summary>
    public static InvitationSpec Header(InvitationSpec request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new InvitationSpec { Kind = request.Kind, Target = request.Target, Actions = request.Actions, GroupActions = request.GroupActions, Role = request.Role };
    }
}
