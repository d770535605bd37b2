using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// Reads the live state a plan is diffed against, through the TileDB client only: one paged listing of the
/// namespace's arrays and of its groups (cheaper than one read per named asset), a read of each asset the plan names
/// outside its namespace, then shares and members of the assets kept, pending invitations of the plan's targets and
/// the members of its organizations.
/// </summary>
public sealed class LiveStateReader(ITileDbCloudClient client)
{
    private const int PageSize = 1000;

    public async Task<LiveState> ReadAsync(OnboardingPlan plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ns = plan.Namespace;
        var named = DesiredState.Of(plan).NamedAssets;
        var assets = new Dictionary<string, LiveAsset>(StringComparer.OrdinalIgnoreCase);
        var groupIds = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var arrayIds = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

        await foreach (var a in client.Arrays.ListAllAsync(ListScope.Owned, new ArrayListFilter { Namespace = ns, PerPage = PageSize }, ct).ConfigureAwait(false))
        {
            if (a.Name is null || !string.Equals(a.Namespace, ns, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var uri = new TileDbUri(ns, a.Name).ToString();
            var isFile = a.FileType is not (null or FileType.Unknown);
            if (named.Contains(uri) || (plan.Prune.Arrays && !isFile))
            {
                assets[uri] = await ArrayAsync(uri, a, isFile, ct).ConfigureAwait(false);
                arrayIds[uri] = a.Id;
            }
        }
        await foreach (var g in client.Groups.ListAllAsync(ListScope.Owned, new GroupListFilter { Namespace = ns, PerPage = PageSize }, ct).ConfigureAwait(false))
        {
            if (g.Name is null || !string.Equals(g.Namespace, ns, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var uri = new TileDbUri(ns, g.Name).ToString();
            if (named.Contains(uri) || plan.Prune.Groups)
            {
                assets[uri] = await GroupAsync(uri, g, ct).ConfigureAwait(false);
                groupIds[uri] = g.Id;
            }
        }
        // Assets of other namespaces the plan shares, nests or invites to: read one by one.
        foreach (var uri in named.Where(u => !assets.ContainsKey(u) && !TileDbUri.Parse(u).Namespace.Equals(ns, StringComparison.OrdinalIgnoreCase)))
        {
            var parsed = TileDbUri.Parse(uri);
            if (await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(parsed, ct)).ConfigureAwait(false) is { } a)
            {
                assets[uri] = await ArrayAsync(uri, a, a.FileType is not (null or FileType.Unknown), ct).ConfigureAwait(false);
                arrayIds[uri] = a.Id;
            }
            else if (await ItemGuard.FindAsync(() => client.Groups.GetInfoAsync(parsed, ct)).ConfigureAwait(false) is { } g)
            {
                assets[uri] = await GroupAsync(uri, g, ct).ConfigureAwait(false);
                groupIds[uri] = g.Id;
            }
        }

        var invitations = new List<LiveInvitation>();
        var organizations = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, target) in plan.Invitations.Select(i => (i.Kind, Target: i.Kind == InvitationKind.Organization ? i.Target : AssetUris.Resolve(ns, i.Target).ToString())).Distinct())
        {
            InvitationFilter filter;
            switch (kind)
            {
                case InvitationKind.Array when arrayIds.TryGetValue(target, out var id):
                    filter = new InvitationFilter { Array = id ?? target, Type = InvitationType.ArrayShare, Status = InvitationStatus.Pending, PerPage = PageSize };
                    break;
                case InvitationKind.Group when groupIds.TryGetValue(target, out var id):
                    filter = new InvitationFilter { Group = id ?? target, Type = InvitationType.GroupShare, Status = InvitationStatus.Pending, PerPage = PageSize };
                    break;
                case InvitationKind.Organization:
                    var org = await client.Organizations.GetAsync(target, ct).ConfigureAwait(false);
                    organizations[target] = org.Users.SelectMany(u => new[] { u.Username, u.UserEmail }).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
                    filter = new InvitationFilter { Organization = org.Name ?? target, Type = InvitationType.JoinOrganization, Status = InvitationStatus.Pending, PerPage = PageSize };
                    break;
                default:
                    // The target does not exist (yet): nothing can be pending on it.
                    continue;
            }
            await foreach (var i in client.Invitations.ListAllAsync(filter, ct).ConfigureAwait(false))
            {
                if ((i.Email ?? i.NamespaceInvited) is { } recipient && i.Id is not null)
                {
                    invitations.Add(new LiveInvitation(kind, target, recipient, i.Id));
                }
            }
        }
        return new LiveState(ns, assets.Values.ToArray(), invitations, organizations);
    }

    private async Task<LiveAsset> ArrayAsync(string uri, ArrayInfo info, bool isFile, CancellationToken ct)
    {
        var shares = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in await client.Arrays.ListSharedWithAsync(TileDbUri.Parse(uri), ct).ConfigureAwait(false))
        {
            if (s.Namespace is not null)
            {
                shares[s.Namespace] = s.Actions.Select(WireNames.ToWire).Distinct().Order(StringComparer.Ordinal).ToArray();
            }
        }
        return new LiveAsset(uri, isFile ? LiveAsset.File : LiveAsset.Array, info.Uri, info.Description, info.Tags, shares, []);
    }

    private async Task<LiveAsset> GroupAsync(string uri, GroupInfo info, CancellationToken ct)
    {
        var parsed = TileDbUri.Parse(uri);
        var shares = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in await client.Groups.ListSharedWithAsync(parsed, ct).ConfigureAwait(false))
        {
            if (s.Namespace is not null)
            {
                // Judged as the share step judges a group share: its array and group actions together.
                shares[s.Namespace] = s.ArrayActions.Select(WireNames.ToWire).Concat(s.GroupActions.Select(WireNames.ToWire)).Distinct().Order(StringComparer.Ordinal).ToArray();
            }
        }
        var members = new List<string>();
        await foreach (var entry in client.Groups.GetAllContentsAsync(parsed, cancellationToken: ct).ConfigureAwait(false))
        {
            if (entry.Array is { Namespace: { } an, Name: { } a })
            {
                members.Add(new TileDbUri(an, a).ToString());
            }
            if (entry.Group is { Namespace: { } gn, Name: { } g })
            {
                members.Add(new TileDbUri(gn, g).ToString());
            }
        }
        return new LiveAsset(uri, LiveAsset.Group, info.Uri, info.Description, info.Tags, shares, members.Order(StringComparer.Ordinal).ToArray());
    }
}
