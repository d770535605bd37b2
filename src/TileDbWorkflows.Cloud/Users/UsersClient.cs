using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>HTTP implementation of <see cref="IUsersClient"/>.</summary>
internal sealed class UsersClient(TileDbHttp http) : IUsersClient
{
    /// <summary>The caller's own profile, which other clients read for default namespaces too.</summary>
    internal const string ProfilePath = "/v1/user";

    public Task<User> GetProfileAsync(CancellationToken cancellationToken = default)
        => http.SendAsync<User>(TileDbRequest.Get(ProfilePath), cancellationToken);

    public Task<User> GetAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        return http.SendAsync<User>(TileDbRequest.Get($"/v1/users/{TileDbHttp.Segment(username)}"), cancellationToken);
    }
}
