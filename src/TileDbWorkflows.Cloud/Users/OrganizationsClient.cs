using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>HTTP implementation of <see cref="IOrganizationsClient"/>.</summary>
internal sealed class OrganizationsClient(TileDbHttp http) : IOrganizationsClient
{
    public Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken = default)
        => http.SendAsync<IReadOnlyList<Organization>>(TileDbRequest.Get("/v1/organizations"), cancellationToken);

    public Task<Organization> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return http.SendAsync<Organization>(TileDbRequest.Get($"/v1/organizations/{TileDbHttp.Segment(name)}"), cancellationToken);
    }
}
