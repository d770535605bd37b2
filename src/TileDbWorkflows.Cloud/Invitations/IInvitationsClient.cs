using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Invitations to arrays, groups and organizations.</summary>
public interface IInvitationsClient
{
    /// <summary>Invites users or emails to an array with <paramref name="actions"/>.</summary>
    Task<InvitationResult> InviteToArrayAsync(TileDbUri array, IReadOnlyList<string> recipients, IReadOnlyList<ArrayAction> actions, CancellationToken cancellationToken = default);

    /// <summary>Cancels an array invitation.</summary>
    Task CancelArrayInvitationAsync(TileDbUri array, string invitationId, CancellationToken cancellationToken = default);

    /// <summary>Invites users or emails to a group with array and group actions.</summary>
    Task<InvitationResult> InviteToGroupAsync(TileDbUri group, IReadOnlyList<string> recipients, IReadOnlyList<ArrayAction> arrayActions, IReadOnlyList<GroupAction> groupActions, CancellationToken cancellationToken = default);

    /// <summary>Cancels a group invitation.</summary>
    Task CancelGroupInvitationAsync(TileDbUri group, string invitationId, CancellationToken cancellationToken = default);

    /// <summary>Invites users or emails to join an organization with <paramref name="role"/>.</summary>
    Task<InvitationResult> InviteToOrganizationAsync(string organization, IReadOnlyList<string> recipients, OrganizationRole role, IReadOnlyList<NamespaceAction>? actions = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels an organization invitation.</summary>
    Task CancelOrganizationInvitationAsync(string organization, string invitationId, CancellationToken cancellationToken = default);

    /// <summary>Accepts an invitation addressed to the caller.</summary>
    Task AcceptAsync(string invitationId, CancellationToken cancellationToken = default);

    /// <summary>One page of invitations.</summary>
    Task<PagedResult<Invitation>> ListAsync(InvitationFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Every invitation matching the filter, page by page.</summary>
    IAsyncEnumerable<Invitation> ListAllAsync(InvitationFilter? filter = null, CancellationToken cancellationToken = default);
}
