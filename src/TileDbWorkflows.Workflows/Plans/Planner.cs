using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// Diffs a plan against the live state: the changes per kind, and the access diff between the live state and the
/// state the plan would produce. Everything is judged against that produced state, so a share or invitation of an
/// asset the same plan creates is "would share"/"would invite", not a missing asset. Pure: no I/O, same input, same plan.
/// </summary>
public static class Planner
{
    public static (IReadOnlyList<PlanChange> Changes, IReadOnlyList<AccessChange> Access) Diff(OnboardingPlan plan, LiveState live)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(live);
        var desired = DesiredState.Of(plan);
        var prune = plan.Prune;
        var ns = plan.Namespace;
        var byUri = live.Assets.ToDictionary(a => a.Uri, StringComparer.OrdinalIgnoreCase);
        var changes = new List<PlanChange>();
        var after = live.Assets.ToDictionary(a => a.Uri, a => a, StringComparer.OrdinalIgnoreCase);

        foreach (var (uri, spec) in desired.Arrays.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!byUri.TryGetValue(uri, out var existing))
            {
                changes.Add(new PlanChange(PlanKinds.Arrays, uri, ChangeAction.Create, $"register {spec.StorageUri}", false));
                after[uri] = new LiveAsset(uri, LiveAsset.Array, spec.StorageUri, spec.Description, spec.Tags, Empty, []);
                continue;
            }
            var drift = ArrayRegistrar.Drift(existing.Description, existing.Tags, spec);
            if (drift.Count > 0)
            {
                changes.Add(new PlanChange(PlanKinds.Arrays, uri, ChangeAction.Update, "update " + string.Join(", ", drift.Select(f => Field(f, existing, spec))), false) { Fields = drift });
            }
        }
        foreach (var (uri, spec) in desired.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!byUri.ContainsKey(uri))
            {
                changes.Add(new PlanChange(PlanKinds.Files, uri, ChangeAction.Create, $"import {spec.InputUri}", false));
                after[uri] = new LiveAsset(uri, LiveAsset.File, spec.OutputUri, null, [], Empty, []);
            }
        }
        foreach (var (uri, spec) in desired.Groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!byUri.ContainsKey(uri))
            {
                changes.Add(new PlanChange(PlanKinds.Groups, uri, ChangeAction.Create, spec.StorageUri is null ? "create" : $"register {spec.StorageUri}", false));
                after[uri] = new LiveAsset(uri, LiveAsset.Group, spec.StorageUri, spec.Description, spec.Tags, Empty, []);
            }
        }
        if (prune.Arrays || prune.Groups)
        {
            foreach (var asset in live.Assets.Where(a => InNamespace(a.Uri, ns)).OrderBy(a => a.Uri, StringComparer.Ordinal))
            {
                var pruned = (asset.Kind == LiveAsset.Array && prune.Arrays && !desired.Arrays.ContainsKey(asset.Uri) && !desired.NamedAssets.Contains(asset.Uri))
                    || (asset.Kind == LiveAsset.Group && prune.Groups && !desired.Groups.ContainsKey(asset.Uri) && !desired.NamedAssets.Contains(asset.Uri));
                if (pruned)
                {
                    var kind = asset.Kind == LiveAsset.Array ? PlanKinds.Arrays : PlanKinds.Groups;
                    changes.Add(new PlanChange(kind, asset.Uri, ChangeAction.Delete, "deregister (not in the file)", true) { AssetIsGroup = asset.Kind == LiveAsset.Group });
                    after.Remove(asset.Uri);
                }
            }
        }

        foreach (var (group, members) in desired.Members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var current = byUri.TryGetValue(group, out var g) ? g.Members : [];
            var held = new HashSet<string>(current, StringComparer.OrdinalIgnoreCase);
            var next = new SortedSet<string>(held, StringComparer.OrdinalIgnoreCase);
            foreach (var member in members.Where(m => !held.Contains(m)))
            {
                changes.Add(new PlanChange(PlanKinds.Members, $"{group} member {member}", ChangeAction.Create, "add", false) { Asset = group, Target = member });
                next.Add(member);
            }
            if (prune.Members)
            {
                foreach (var member in current.Where(m => !members.Contains(m)))
                {
                    changes.Add(new PlanChange(PlanKinds.Members, $"{group} member {member}", ChangeAction.Delete, "remove (not in the file)", true) { Asset = group, Target = member });
                    next.Remove(member);
                }
            }
            if (after.TryGetValue(group, out var a))
            {
                after[group] = a with { Members = next.ToArray() };
            }
        }

        var managed = desired.Arrays.Keys.Concat(desired.Files.Keys).Concat(desired.Groups.Keys).Concat(desired.Shares.Keys).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var asset in managed.Order(StringComparer.Ordinal))
        {
            var wanted = desired.Shares.GetValueOrDefault(asset) ?? new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
            var existing = byUri.GetValueOrDefault(asset);
            var current = existing?.Shares ?? Empty;
            var isGroup = (existing?.Kind ?? (desired.Groups.ContainsKey(asset) ? LiveAsset.Group : LiveAsset.Array)) == LiveAsset.Group;
            var next = current.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
            foreach (var (user, actions) in wanted.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                var held = current.GetValueOrDefault(user) ?? [];
                var union = held.Union(actions).Order(StringComparer.Ordinal).ToArray();
                var extra = held.Except(actions).ToArray();
                var item = $"{asset} -> {user}";
                if (held.Count == 0)
                {
                    changes.Add(new PlanChange(PlanKinds.Shares, item, ChangeAction.Create, "share: " + string.Join(",", actions), false) { Asset = asset, Target = user, Actions = actions.ToArray(), AssetIsGroup = isGroup });
                    next[user] = actions.ToArray();
                }
                else if (prune.Shares && extra.Length > 0)
                {
                    changes.Add(new PlanChange(PlanKinds.Shares, item, ChangeAction.Update, $"reduce {string.Join(",", held)} -> {string.Join(",", actions)}", true) { Asset = asset, Target = user, Actions = actions.ToArray(), AssetIsGroup = isGroup });
                    next[user] = actions.ToArray();
                }
                else if (union.Length > held.Count)
                {
                    changes.Add(new PlanChange(PlanKinds.Shares, item, ChangeAction.Update, $"extend {string.Join(",", held)} -> {string.Join(",", union)}", false) { Asset = asset, Target = user, Actions = union, AssetIsGroup = isGroup });
                    next[user] = union;
                }
            }
            if (prune.Shares)
            {
                foreach (var user in current.Keys.Where(u => !wanted.ContainsKey(u) && !string.Equals(u, ns, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
                {
                    changes.Add(new PlanChange(PlanKinds.Shares, $"{asset} -> {user}", ChangeAction.Delete, "unshare (not in the file)", true) { Asset = asset, Target = user, AssetIsGroup = isGroup });
                    next.Remove(user);
                }
            }
            if (after.TryGetValue(asset, out var a))
            {
                after[asset] = a with { Shares = next };
            }
        }

        foreach (var ((kind, target, recipient), spec) in desired.Invitations.OrderBy(i => i.Key.Target, StringComparer.Ordinal).ThenBy(i => i.Key.Recipient, StringComparer.Ordinal))
        {
            var pending = live.Invitations.Any(i => i.Kind == kind && string.Equals(i.Target, target, StringComparison.OrdinalIgnoreCase) && string.Equals(i.Recipient, recipient, StringComparison.OrdinalIgnoreCase));
            if (pending || Holds(kind, target, recipient, spec, after, live))
            {
                continue;
            }
            changes.Add(new PlanChange(PlanKinds.Invitations, $"{target} -> {recipient}", ChangeAction.Create, "invite: " + Actions(spec), false) { Asset = target, Target = recipient, InvitationKind = kind });
        }
        if (prune.Invitations)
        {
            foreach (var i in live.Invitations.Where(i => !desired.Invitations.ContainsKey((i.Kind, i.Target, i.Recipient))).OrderBy(i => i.Target, StringComparer.Ordinal).ThenBy(i => i.Recipient, StringComparer.Ordinal))
            {
                changes.Add(new PlanChange(PlanKinds.Invitations, $"{i.Target} -> {i.Recipient}", ChangeAction.Delete, "cancel (not in the file)", true) { Asset = i.Target, Target = i.Recipient, InvitationKind = i.Kind, InvitationId = i.Id });
            }
        }

        return (changes, AccessDiff(Effective(byUri), Effective(after)));
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();

    private static bool InNamespace(string uri, string ns) =>
        uri.StartsWith($"tiledb://{ns}/", StringComparison.OrdinalIgnoreCase);

    private static string Field(string field, LiveAsset existing, ArraySpec spec) => field switch
    {
        "description" => $"description: '{existing.Description}' -> '{spec.Description}'",
        "tags" => $"tags: {string.Join(",", existing.Tags.Order(StringComparer.Ordinal))} -> {string.Join(",", spec.Tags.Order(StringComparer.Ordinal))}",
        _ => field,
    };

    private static string Actions(InvitationSpec spec) =>
        spec.Kind == InvitationKind.Organization ? $"role {spec.Role}" : string.Join(",", spec.Actions.Concat(spec.GroupActions.Select(a => "group:" + a)));

    // As the invitation step judges a recipient: already a holder of the asset (after this plan's shares) or a member of the organization.
    private static bool Holds(InvitationKind kind, string target, string recipient, InvitationSpec spec, Dictionary<string, LiveAsset> after, LiveState live)
    {
        if (kind == InvitationKind.Organization)
        {
            return live.OrganizationMembers.TryGetValue(target, out var members) && members.Contains(recipient, StringComparer.OrdinalIgnoreCase);
        }
        if (!after.TryGetValue(target, out var asset) || !asset.Shares.TryGetValue(recipient, out var held))
        {
            return false;
        }
        var wanted = (kind == InvitationKind.Group ? spec.GroupActions : spec.Actions).Select(a => a.ToLowerInvariant());
        return wanted.All(held.Contains);
    }

    /// <summary>(user, asset) → actions, direct shares and those a group share gives on its members, nested groups included.</summary>
    private static Dictionary<(string User, string Asset), SortedSet<string>> Effective(IReadOnlyDictionary<string, LiveAsset> assets)
    {
        var access = new Dictionary<(string, string), SortedSet<string>>();
        void Grant(string user, string asset, IEnumerable<string> actions, HashSet<string> seen)
        {
            if (!seen.Add(asset))
            {
                return;
            }
            var key = (user.ToLowerInvariant(), asset);
            if (!access.TryGetValue(key, out var set))
            {
                access[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }
            var list = actions as IReadOnlyCollection<string> ?? actions.ToArray();
            set.UnionWith(list);
            if (assets.TryGetValue(asset, out var a) && a.Kind == LiveAsset.Group)
            {
                foreach (var member in a.Members.Where(assets.ContainsKey))
                {
                    Grant(user, member, list, seen);
                }
            }
        }
        foreach (var asset in assets.Values)
        {
            foreach (var (user, actions) in asset.Shares)
            {
                Grant(user, asset.Uri, actions, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            }
        }
        return access;
    }

    private static List<AccessChange> AccessDiff(Dictionary<(string User, string Asset), SortedSet<string>> before, Dictionary<(string User, string Asset), SortedSet<string>> after)
    {
        var changes = new List<AccessChange>();
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k.User, StringComparer.Ordinal).ThenBy(k => k.Asset, StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(key) ?? [];
            var will = after.GetValueOrDefault(key) ?? [];
            var gains = will.Except(was).ToArray();
            var losses = was.Except(will).ToArray();
            if (gains.Length > 0 || losses.Length > 0)
            {
                changes.Add(new AccessChange(key.User, key.Asset, gains, losses));
            }
        }
        return changes;
    }
}
