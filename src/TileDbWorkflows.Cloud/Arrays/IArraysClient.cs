namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Arrays: listings, information, activity, registration and sharing.</summary>
public interface IArraysClient
{
    /// <summary>One page of the owned, shared or public array listing.</summary>
    Task<PagedResult<ArrayInfo>> ListAsync(ListScope scope, ArrayListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Every array of the listing, fetching pages as the caller iterates (from <c>filter.Page</c> or 1).</summary>
    IAsyncEnumerable<ArrayInfo> ListAllAsync(ListScope scope, ArrayListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Array information (<c>GET /v1/arrays/{ns}/{name}/metadata</c>).</summary>
    Task<ArrayInfo> GetInfoAsync(TileDbUri uri, CancellationToken cancellationToken = default);

    /// <summary>Updates array information; null fields are left unchanged.</summary>
    Task UpdateInfoAsync(TileDbUri uri, ArrayInfoUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Array activity (a bare list, no paging).</summary>
    Task<IReadOnlyList<ArrayActivityLog>> GetActivityAsync(TileDbUri uri, ArrayActivityFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Registers an array stored in object storage; the storage URI goes in the path, percent-encoded.</summary>
    Task<ArrayInfo> RegisterAsync(ArrayRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Deregisters an array without deleting its data.</summary>
    Task DeregisterAsync(TileDbUri uri, CancellationToken cancellationToken = default);

    /// <summary>Deregisters the array and deletes its data.</summary>
    Task DeleteAsync(TileDbUri uri, CancellationToken cancellationToken = default);

    /// <summary>Shares the array with a namespace (user or organization) with <paramref name="actions"/>.</summary>
    Task ShareAsync(TileDbUri uri, string targetNamespace, IReadOnlyList<ArrayAction> actions, CancellationToken cancellationToken = default);

    /// <summary>Revokes a namespace's access (shares with an empty action list).</summary>
    Task UnshareAsync(TileDbUri uri, string targetNamespace, CancellationToken cancellationToken = default);

    /// <summary>Who the array is shared with.</summary>
    Task<IReadOnlyList<ArraySharing>> ListSharedWithAsync(TileDbUri uri, CancellationToken cancellationToken = default);
}
