using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Groups: create, register, deregister, information, contents, listings and sharing.</summary>
public interface IGroupsClient
{
    /// <summary>Creates a group (v2) and adds it to its parent if one is given.</summary>
    Task<GroupCreationResponse> CreateAsync(GroupCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Registers an existing group (v2) and adds it to its parent if one is given. Returns its URI.</summary>
    Task<TileDbUri> RegisterAsync(GroupRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Deregisters a group, and its members when <paramref name="recursive"/>, without deleting data.</summary>
    Task DeregisterAsync(TileDbUri uri, bool recursive = false, CancellationToken cancellationToken = default);

    /// <summary>Deregisters and deletes a group's data.</summary>
    Task DeleteAsync(TileDbUri uri, bool recursive = false, CancellationToken cancellationToken = default);

    /// <summary>Group information.</summary>
    Task<GroupInfo> GetInfoAsync(TileDbUri uri, CancellationToken cancellationToken = default);

    /// <summary>Updates group information; null fields are left unchanged.</summary>
    Task UpdateInfoAsync(TileDbUri uri, GroupUpdate update, CancellationToken cancellationToken = default);

    /// <summary>One page of a group's members.</summary>
    Task<PagedResult<GroupEntry>> GetContentsAsync(TileDbUri uri, GroupContentsFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Every member of a group, page by page.</summary>
    IAsyncEnumerable<GroupEntry> GetAllContentsAsync(TileDbUri uri, GroupContentsFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>One page of the owned, shared or public group listing.</summary>
    Task<PagedResult<GroupInfo>> ListAsync(ListScope scope, GroupListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Every group of the listing, page by page.</summary>
    IAsyncEnumerable<GroupInfo> ListAllAsync(ListScope scope, GroupListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Shares a group with a namespace.</summary>
    Task ShareAsync(TileDbUri uri, string targetNamespace, IReadOnlyList<GroupAction> groupActions, IReadOnlyList<ArrayAction> arrayActions, CancellationToken cancellationToken = default);

    /// <summary>Revokes a namespace's access (empty action lists).</summary>
    Task UnshareAsync(TileDbUri uri, string targetNamespace, CancellationToken cancellationToken = default);

    /// <summary>Who the group is shared with.</summary>
    Task<IReadOnlyList<GroupSharing>> ListSharedWithAsync(TileDbUri uri, CancellationToken cancellationToken = default);

    /// <summary>Adds a member (group or array) to a group (v2 PATCH).</summary>
    Task AddMemberAsync(TileDbUri group, TileDbUri member, GroupMemberType type, string? name = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a member (array or group, by its <c>tiledb://</c> URI) from a group; the member itself stays registered.</summary>
    Task RemoveMemberAsync(TileDbUri group, TileDbUri member, CancellationToken cancellationToken = default);
}
