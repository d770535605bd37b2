namespace TileDbWorkflows.Cloud.Users;

/// <summary>User profiles.</summary>
public interface IUsersClient
{
    /// <summary>The caller's profile (<c>GET /v1/user</c>).</summary>
    Task<User> GetProfileAsync(CancellationToken cancellationToken = default);

    /// <summary>Another user's public profile (<c>GET /v1/users/{username}</c>).</summary>
    Task<User> GetAsync(string username, CancellationToken cancellationToken = default);
}
