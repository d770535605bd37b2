using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>HTTP implementation of <see cref="IUsersClient"/>.</summary>
internal sealed class UsersClient(TileDbHttp http) : IUsersClient
{
    public Task<User> GetProfileAsync(CancellationToken cancellationToken = default)
        => http.GetAsync<User>("/v1/user", cancellationToken);

    public Task<User> GetAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        return http.GetAsync<User>($"/v1/users/{TileDbHttp.Segment(username)}", cancellationToken);
    }
}
