namespace TileDbWorkflows.Cloud.Users;

/// <summary>Organizations the caller belongs to.</summary>
public interface IOrganizationsClient
{
    /// <summary>Every organization of the caller (a bare list, no paging).</summary>
    Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One organization by name (404 raises <see cref="TileDbCloudException"/>).</summary>
    Task<Organization> GetAsync(string name, CancellationToken cancellationToken = default);
}
