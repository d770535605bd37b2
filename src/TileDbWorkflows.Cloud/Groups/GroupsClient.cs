using System.Text.Json;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>
/// HTTP implementation of <see cref="IGroupsClient"/>. Create, register, deregister and membership use
/// the v2 API while information, listings and sharing use v1, exactly as the Python client does.
/// </summary>
internal sealed class GroupsClient(TileDbHttp http) : IGroupsClient
{
    public async Task<GroupCreationResponse> CreateAsync(GroupCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.Name);
        var ns = request.Namespace;
        var storage = request.StorageUri;
        var credentials = request.CredentialsName;
        if (string.IsNullOrEmpty(ns) || string.IsNullOrEmpty(storage) || string.IsNullOrEmpty(credentials))
        {
            var defaults = await DefaultsAsync(ns, cancellationToken).ConfigureAwait(false);
            ns = defaults.Namespace;
            credentials ??= defaults.Credentials;
            storage ??= defaults.Path is { } path
                ? path.TrimEnd('/') + "/" + request.Name
                : throw new TileDbCloudException($"Namespace '{ns}' has no default storage path for groups; pass StorageUri.");
        }

        var body = new GroupDetailsEnvelope
        {
            GroupDetails = new GroupDetailsBody { Name = request.Name, Uri = storage, Description = request.Description, Tags = request.Tags },
        };
        var create = TileDbRequest.Post($"/v2/groups/{TileDbHttp.Segment(ns)}", TileDbHttp.JsonBody(body)) with { AccessCredentialsName = credentials };
        using var response = await http.SendAsync(create, cancellationToken).ConfigureAwait(false);
        var created = response.Content.Headers.ContentLength is 0
            ? new GroupCreationResponse { Name = request.Name }
            : await TileDbHttp.ReadAsync<GroupCreationResponse>(response, cancellationToken).ConfigureAwait(false);
        if (request.ParentUri is { } parent)
        {
            await AddMemberAsync(parent, new TileDbUri(ns, request.Name), GroupMemberType.Group, request.Name, cancellationToken).ConfigureAwait(false);
        }

        return created;
    }

    public async Task<TileDbUri> RegisterAsync(GroupRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentException.ThrowIfNullOrEmpty(registration.StorageUri);
        var ns = registration.Namespace;
        if (string.IsNullOrEmpty(ns))
        {
            ns = (await DefaultsAsync(null, cancellationToken).ConfigureAwait(false)).Namespace;
        }

        var name = string.IsNullOrEmpty(registration.Name) ? ArraysClient.BaseName(registration.StorageUri) : registration.Name;
        var body = new GroupDetailsEnvelope
        {
            GroupDetails = new GroupDetailsBody
            {
                Name = name,
                Uri = registration.StorageUri,
                AccessCredentialsName = registration.CredentialsName,
                Description = registration.Description,
            },
        };
        var register = TileDbRequest.Put($"/v2/groups/{TileDbHttp.Segment(ns)}", TileDbHttp.JsonBody(body)) with { AccessCredentialsName = registration.CredentialsName };
        await http.SendNoResultAsync(register, cancellationToken).ConfigureAwait(false);
        var uri = new TileDbUri(ns, name);
        if (registration.ParentUri is { } parent)
        {
            await AddMemberAsync(parent, uri, GroupMemberType.Group, name, cancellationToken).ConfigureAwait(false);
        }

        return uri;
    }

    public Task DeregisterAsync(TileDbUri uri, bool recursive = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.SendNoResultAsync(TileDbRequest.Delete($"/v2/groups/{uri.EncodedPath}") with { Query = RecursiveQuery(recursive) }, cancellationToken);
    }

    public Task DeleteAsync(TileDbUri uri, bool recursive = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.SendNoResultAsync(TileDbRequest.Delete($"/v2/groups/{uri.EncodedPath}/delete") with { Query = RecursiveQuery(recursive) }, cancellationToken);
    }

    public Task<GroupInfo> GetInfoAsync(TileDbUri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.SendAsync<GroupInfo>(TileDbRequest.Get($"/v1/groups/{uri.EncodedPath}"), cancellationToken);
    }

    public Task UpdateInfoAsync(TileDbUri uri, GroupUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(update);
        return http.SendNoResultAsync(TileDbRequest.Patch($"/v1/groups/{uri.EncodedPath}", TileDbHttp.JsonBody(update)), cancellationToken);
    }

    private const string ContentsItems = "entries";
    private const string ListItems = "groups";

    public Task<PagedResult<GroupEntry>> GetContentsAsync(TileDbUri uri, GroupContentsFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.GetPageAsync<GroupEntry>(ContentsRequest(uri, filter, filter?.Page), ContentsItems, cancellationToken);
    }

    public IAsyncEnumerable<GroupEntry> GetAllContentsAsync(TileDbUri uri, GroupContentsFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.GetAllPagesAsync<GroupEntry>(page => ContentsRequest(uri, filter, page), ContentsItems, filter?.Page, cancellationToken);
    }

    public Task<PagedResult<GroupInfo>> ListAsync(ListScope scope, GroupListFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetPageAsync<GroupInfo>(ListRequest(scope, filter, filter?.Page), ListItems, cancellationToken);

    public IAsyncEnumerable<GroupInfo> ListAllAsync(ListScope scope, GroupListFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetAllPagesAsync<GroupInfo>(page => ListRequest(scope, filter, page), ListItems, filter?.Page, cancellationToken);

    public Task ShareAsync(TileDbUri uri, string targetNamespace, IReadOnlyList<GroupAction> groupActions, IReadOnlyList<ArrayAction> arrayActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentException.ThrowIfNullOrEmpty(targetNamespace);
        ArgumentNullException.ThrowIfNull(groupActions);
        ArgumentNullException.ThrowIfNull(arrayActions);
        var body = new GroupShareBody(targetNamespace, groupActions, arrayActions);
        return http.SendNoResultAsync(TileDbRequest.Patch($"/v1/groups/{uri.EncodedPath}/share", TileDbHttp.JsonBody(body)), cancellationToken);
    }

    public Task UnshareAsync(TileDbUri uri, string targetNamespace, CancellationToken cancellationToken = default)
        => ShareAsync(uri, targetNamespace, [], [], cancellationToken);

    public Task<IReadOnlyList<GroupSharing>> ListSharedWithAsync(TileDbUri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return http.SendAsync<IReadOnlyList<GroupSharing>>(TileDbRequest.Get($"/v1/groups/{uri.EncodedPath}/share"), cancellationToken);
    }

    public Task AddMemberAsync(TileDbUri group, TileDbUri member, GroupMemberType type, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(member);

        // v2 member types are upper case, unlike the v1 filter values.
        var body = new GroupChangesEnvelope
        {
            GroupChanges = new GroupChangesBody([new GroupMemberBody { Name = name ?? member.Name, Uri = member.ToString(), Type = WireNames.ToWire(type).ToUpperInvariant() }], null),
        };
        return http.SendNoResultAsync(TileDbRequest.Patch($"/v2/groups/{group.EncodedPath}", TileDbHttp.JsonBody(body)), cancellationToken);
    }

    public Task RemoveMemberAsync(TileDbUri group, TileDbUri member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(member);
        var body = new GroupChangesEnvelope { GroupChanges = new GroupChangesBody(null, [member.ToString()]) };
        return http.SendNoResultAsync(TileDbRequest.Patch($"/v2/groups/{group.EncodedPath}", TileDbHttp.JsonBody(body)), cancellationToken);
    }

    private async Task<(string Namespace, string? Path, string? Credentials)> DefaultsAsync(string? ns, CancellationToken cancellationToken)
    {
        var me = await http.SendAsync<User>(TileDbRequest.Get(UsersClient.ProfilePath), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(ns) || string.Equals(ns, me.Username, StringComparison.Ordinal))
        {
            var own = me.Username ?? throw new TileDbCloudException("The user profile has no username; pass a namespace.");
            var credentials = me.DefaultS3PathCredentialsName is { ValueKind: JsonValueKind.String } c ? c.GetString() : null;
            return (own, me.AssetLocations?.Groups?.Path ?? GroupsUnder(me.DefaultS3Path), me.AssetLocations?.Groups?.CredentialsName ?? credentials);
        }

        var org = await http.SendAsync<Organization>(TileDbRequest.Get($"/v1/organizations/{TileDbHttp.Segment(ns)}"), cancellationToken).ConfigureAwait(false);
        return (ns, org.AssetLocations?.Groups?.Path ?? GroupsUnder(org.DefaultS3Path), org.AssetLocations?.Groups?.CredentialsName ?? org.DefaultS3PathCredentialsName);
    }

    private static string? GroupsUnder(string? defaultPath) => string.IsNullOrEmpty(defaultPath) ? null : defaultPath.TrimEnd('/') + "/groups";

    // v2 wants lower-case "true"/"false" here, unlike every v1 boolean.
    private static string RecursiveQuery(bool recursive) => recursive ? "?recursive=true" : "?recursive=false";

    private static TileDbRequest ContentsRequest(TileDbUri uri, GroupContentsFilter? filter, int? page)
    {
        var query = new QueryBuilder()
            .Add("page", page)
            .Add("per_page", filter?.PerPage)
            .Add("namespace", uri.Namespace)
            .Add("search", filter?.Search)
            .Add("orderby", filter?.OrderBy)
            .AddMany("tag", filter?.Tags)
            .AddMany("exclude_tag", filter?.ExcludeTags)
            .AddMany("member_type", filter?.MemberTypes?.Select(WireNames.ToWire))
            .AddMany("exclude_member_type", filter?.ExcludeMemberTypes?.Select(WireNames.ToWire));
        return TileDbRequest.Get($"/v1/groups/{uri.EncodedPath}/contents", query);
    }

    private static TileDbRequest ListRequest(ListScope scope, GroupListFilter? filter, int? page)
    {
        filter ??= new GroupListFilter();
        var query = new QueryBuilder()
            .Add("namespace", filter.Namespace)
            .Add("permissions", filter.Permissions)
            .Add("group_type", filter.GroupType is { } type ? WireNames.ToWire(type) : null)
            .AddMany("tag", filter.Tags)
            .AddMany("exclude_tag", filter.ExcludeTags)
            .Add("search", filter.Search)
            .Add("flat", filter.Flat)
            .Add("parent", filter.Parent)
            .Add("page", page)
            .Add("per_page", filter.PerPage)
            .Add("with_metadata", filter.WithMetadata)
            .Add("orderby", filter.OrderBy);
        if (scope == ListScope.Shared)
        {
            query.AddMany("shared_to", filter.SharedTo);
        }

        return TileDbRequest.Get($"/v1/groups/browser/{ArraysClient.ScopePath(scope)}", query);
    }
}
