namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>What an invitation grants access to.</summary>
public enum InvitationKind
{
    Array,
    Group,
    Organization,
}
