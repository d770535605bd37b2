using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>HTTP implementation of <see cref="IArraysClient"/>.</summary>
internal sealed class ArraysClient(TileDbHttp http) : IArraysClient
{
    private const string ListItems = "arrays";

    public Task<PagedResult<ArrayInfo>> ListAsync(ListScope scope, ArrayListFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetPageAsync<ArrayInfo>(ListRequest(scope, filter, filter?.Page), ListItems, cancellationToken);

    public IAsyncEnumerable<ArrayInfo> ListAllAsync(ListScope scope, ArrayListFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetAllPagesAsync<ArrayInfo>(page => ListRequest(scope, filter, page), ListItems, filter?.Page, cancellationToken);

    public Task<ArrayInfo> GetInfoAsync(TileDbUri uri, CancellationToken cancellationToken = default)
        => http.SendAsync<ArrayInfo>(TileDbRequest.Get(ArrayPath(uri, "/metadata")), cancellationToken);

    public Task UpdateInfoAsync(TileDbUri uri, ArrayInfoUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(update);
        return http.SendNoResultAsync(TileDbRequest.Patch($"/v1/arrays/{uri.EncodedPath}/metadata", TileDbHttp.JsonBody(update)), cancellationToken);
    }

    public Task<IReadOnlyList<ArrayActivityLog>> GetActivityAsync(TileDbUri uri, ArrayActivityFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var query = new QueryBuilder()
            .AddUnixSeconds("start", filter?.Start)
            .AddUnixSeconds("end", filter?.End)
            .Add("event_types", filter?.EventTypes)
            .Add("task_id", filter?.TaskId)
            .Add("has_task_id", filter?.HasTaskId);
        return http.SendAsync<IReadOnlyList<ArrayActivityLog>>(TileDbRequest.Get($"/v1/arrays/{uri.EncodedPath}/activity", query), cancellationToken);
    }

    public async Task<ArrayInfo> RegisterAsync(ArrayRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentException.ThrowIfNullOrEmpty(registration.StorageUri);
        var ns = registration.Namespace;
        if (string.IsNullOrEmpty(ns))
        {
            var me = await http.SendAsync<User>(TileDbRequest.Get(UsersClient.ProfilePath), cancellationToken).ConfigureAwait(false);
            ns = me.Username ?? throw new TileDbCloudException("The user profile has no username; pass a namespace to register the array.");
        }

        var name = string.IsNullOrEmpty(registration.Name) ? BaseName(registration.StorageUri) : registration.Name;
        var body = new ArrayInfoUpdate
        {
            Description = registration.Description,
            Name = name,
            Uri = registration.StorageUri,
            AccessCredentialsName = registration.AccessCredentialsName,
        };
        var path = $"/v1/arrays/{TileDbHttp.Segment(ns)}/{TileDbHttp.Segment(registration.StorageUri)}/register";
        return await http.SendAsync<ArrayInfo>(TileDbRequest.Post(path, TileDbHttp.JsonBody(body)), cancellationToken).ConfigureAwait(false);
    }

    public Task DeregisterAsync(TileDbUri uri, CancellationToken cancellationToken = default)
        => http.SendNoResultAsync(TileDbRequest.Delete(ArrayPath(uri, "/deregister")), cancellationToken);

    public Task DeleteAsync(TileDbUri uri, CancellationToken cancellationToken = default)
        => http.SendNoResultAsync(TileDbRequest.Delete(ArrayPath(uri, "")), cancellationToken);

    public Task ShareAsync(TileDbUri uri, string targetNamespace, IReadOnlyList<ArrayAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentException.ThrowIfNullOrEmpty(targetNamespace);
        ArgumentNullException.ThrowIfNull(actions);
        return http.SendNoResultAsync(TileDbRequest.Patch($"/v1/arrays/{uri.EncodedPath}/share", TileDbHttp.JsonBody(new ArrayShareBody(targetNamespace, actions))), cancellationToken);
    }

    public Task UnshareAsync(TileDbUri uri, string targetNamespace, CancellationToken cancellationToken = default)
        => ShareAsync(uri, targetNamespace, [], cancellationToken);

    public Task<IReadOnlyList<ArraySharing>> ListSharedWithAsync(TileDbUri uri, CancellationToken cancellationToken = default)
        => http.SendAsync<IReadOnlyList<ArraySharing>>(TileDbRequest.Get(ArrayPath(uri, "/share")), cancellationToken);

    /// <summary>The path of one array's resource, <c>/v1/arrays/{namespace}/{name}{suffix}</c>.</summary>
    private static string ArrayPath(TileDbUri uri, string suffix)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return $"/v1/arrays/{uri.EncodedPath}{suffix}";
    }

    private static TileDbRequest ListRequest(ListScope scope, ArrayListFilter? filter, int? page)
    {
        var query = new QueryBuilder()
            .Add("page", page)
            .Add("per_page", filter?.PerPage)
            .Add("search", filter?.Search)
            .Add("namespace", filter?.Namespace)
            .Add("permissions", filter?.Permissions)
            .AddMany("tag", filter?.Tags)
            .AddMany("exclude_tag", filter?.ExcludeTags)
            .AddMany("file_type", filter?.FileTypes?.Select(WireNames.ToWire))
            .AddMany("exclude_file_type", filter?.ExcludeFileTypes?.Select(WireNames.ToWire))
            .Add("with_metadata", filter?.WithMetadata)
            .Add("orderby", filter?.OrderBy);
        if (scope == ListScope.Shared)
        {
            query.AddMany("shared_to", filter?.SharedTo);
        }

        return TileDbRequest.Get($"/v1/arrays/browser/{ScopePath(scope)}", query);
    }

    internal static string ScopePath(ListScope scope) => scope switch
    {
        ListScope.Owned => "owned",
        ListScope.Shared => "shared",
        ListScope.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>The last segment of a storage URI: the name an asset registered without one gets.</summary>
    internal static string BaseName(string storageUri)
    {
        var trimmed = storageUri.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }
}
