using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>HTTP implementation of <see cref="IArraysClient"/>.</summary>
internal sealed class ArraysClient(TileDbHttp http) : IArraysClient
{
    public async Task<PagedResult<ArrayInfo>> ListAsync(ListScope scope, ArrayListFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var data = await http.GetAsync<ArrayBrowserData>(ListPath(scope, filter, filter?.Page), cancellationToken).ConfigureAwait(false);
        return new PagedResult<ArrayInfo>(data.Arrays, data.PaginationMetadata);
    }

    public IAsyncEnumerable<ArrayInfo> ListAllAsync(ListScope scope, ArrayListFilter? filter = null, CancellationToken cancellationToken = default)
        => TileDbHttp.AllPagesAsync(
            async (page, ct) =>
            {
                var data = await http.GetAsync<ArrayBrowserData>(ListPath(scope, filter, page), ct).ConfigureAwait(false);
                return new PagedResult<ArrayInfo>(data.Arrays, data.PaginationMetadata);
            },
            filter?.Page,
            cancellationToken);

    public Task<ArrayInfo> GetInfoAsync(TileDbUri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.GetAsync<ArrayInfo>($"/v1/arrays/{uri.EncodedPath}/metadata", cancellationToken);
    }

    public Task UpdateInfoAsync(TileDbUri uri, ArrayInfoUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(update);
        return http.SendNoResultAsync(HttpMethod.Patch, $"/v1/arrays/{uri.EncodedPath}/metadata", TileDbHttp.JsonBody(update), cancellationToken);
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
        return http.GetAsync<IReadOnlyList<ArrayActivityLog>>($"/v1/arrays/{uri.EncodedPath}/activity{query}", cancellationToken);
    }

    public async Task<ArrayInfo> RegisterAsync(ArrayRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentException.ThrowIfNullOrEmpty(registration.StorageUri);
        var ns = registration.Namespace;
        if (string.IsNullOrEmpty(ns))
        {
            var me = await http.GetAsync<User>("/v1/user", cancellationToken).ConfigureAwait(false);
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
        return await http.SendAsync<ArrayInfo>(
            HttpMethod.Post,
            $"/v1/arrays/{TileDbHttp.Segment(ns)}/{TileDbHttp.Segment(registration.StorageUri)}/register",
            TileDbHttp.JsonBody(body),
            cancellationToken).ConfigureAwait(false);
    }

    public Task DeregisterAsync(TileDbUri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.SendNoResultAsync(HttpMethod.Delete, $"/v1/arrays/{uri.EncodedPath}/deregister", null, cancellationToken);
    }

    public Task DeleteAsync(TileDbUri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.SendNoResultAsync(HttpMethod.Delete, $"/v1/arrays/{uri.EncodedPath}", null, cancellationToken);
    }

    public Task ShareAsync(TileDbUri uri, string targetNamespace, IReadOnlyList<ArrayAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentException.ThrowIfNullOrEmpty(targetNamespace);
        ArgumentNullException.ThrowIfNull(actions);
        var body = new ArrayShareBody { Namespace = targetNamespace, Actions = actions };
        return http.SendNoResultAsync(HttpMethod.Patch, $"/v1/arrays/{uri.EncodedPath}/share", TileDbHttp.JsonBody(body), cancellationToken);
    }

    public Task UnshareAsync(TileDbUri uri, string targetNamespace, CancellationToken cancellationToken = default)
        => ShareAsync(uri, targetNamespace, [], cancellationToken);

    public Task<IReadOnlyList<ArraySharing>> ListSharedWithAsync(TileDbUri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.GetAsync<IReadOnlyList<ArraySharing>>($"/v1/arrays/{uri.EncodedPath}/share", cancellationToken);
    }

    private static string ListPath(ListScope scope, ArrayListFilter? filter, int? page)
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

        return $"/v1/arrays/browser/{ScopePath(scope)}{query}";
    }

    internal static string ScopePath(ListScope scope) => scope switch
    {
        ListScope.Owned => "owned",
        ListScope.Shared => "shared",
        ListScope.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    private static string BaseName(string storageUri)
    {
        var trimmed = storageUri.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }
}
