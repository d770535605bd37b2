using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Invitations;

internal static class InvitationMapper
{
    public static InvitationWire ToWire(EmulatorState state, InvitationRecord i)
    {
        var org = i.OrganizationName is null ? null : state.Organizations.GetValueOrDefault(i.OrganizationName);
        return new InvitationWire
        {
            Id = i.Id,
            InvitationType = i.Type,
            OwnerNamespaceUuid = state.NamespaceId(i.OwnerNamespace),
            InviterUuid = state.Users.GetValueOrDefault(i.InviterUsername)?.Id,
            UserNamespaceUuid = i.RecipientUsername is null ? null : state.Users.GetValueOrDefault(i.RecipientUsername)?.Id,
            OrganizationName = i.OrganizationName,
            OrganizationRole = i.OrganizationRole,
            OrganizationUuid = org?.Id,
            ArrayUuid = i.ArrayId,
            GroupUuid = i.GroupId,
            ArrayName = i.AssetName,
            Email = i.Email,
            Actions = i.Actions.Count > 0 ? string.Join(",", i.Actions) : null,
            GroupActions = i.GroupActions.Count > 0 ? string.Join(",", i.GroupActions) : null,
            Status = i.Status,
            CreatedAt = i.CreatedAt,
            ExpiresAt = i.ExpiresAt,
            AcceptedAt = i.AcceptedAt,
            NamespaceInvited = i.RecipientUsername ?? i.Email,
        };
    }
}
