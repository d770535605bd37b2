using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// An onboarding plan resolved into what the namespace should hold: assets by <c>tiledb://</c> URI, each group's
/// members (a child group's <c>parent</c> is a member of the parent), the merged actions of each (asset, user) share
/// and each (target, recipient) invitation.
/// </summary>
public sealed class DesiredState
{
    private DesiredState(OnboardingPlan plan)
    {
        var ns = plan.Namespace;
        string Uri(string reference) => AssetUris.Resolve(ns, reference).ToString();
        foreach (var a in plan.Arrays)
        {
            Arrays[Uri(a.Name)] = a;
        }
        foreach (var f in plan.Files)
        {
            Files[Uri(f.Name)] = f;
        }
        foreach (var g in plan.Groups)
        {
            Groups[Uri(g.Name)] = g;
            Members.TryAdd(Uri(g.Name), new SortedSet<string>(StringComparer.OrdinalIgnoreCase));
        }
        foreach (var g in plan.Groups)
        {
            Members[Uri(g.Name)].UnionWith(g.Members.Select(Uri));
            if (g.Parent is { } parent)
            {
                if (!Members.TryGetValue(Uri(parent), out var siblings))
                {
                    Members[Uri(parent)] = siblings = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                }
                siblings.Add(Uri(g.Name));
            }
        }
        foreach (var s in plan.Shares)
        {
            foreach (var asset in s.Assets.Select(Uri))
            {
                if (!Shares.TryGetValue(asset, out var users))
                {
                    Shares[asset] = users = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
                }
                foreach (var user in s.Users)
                {
                    if (!users.TryGetValue(user, out var actions))
                    {
                        users[user] = actions = new SortedSet<string>(StringComparer.Ordinal);
                    }
                    actions.UnionWith(s.Actions.Select(a => a.ToLowerInvariant()));
                }
            }
        }
        foreach (var i in plan.Invitations)
        {
            var target = i.Kind == InvitationKind.Organization ? i.Target : Uri(i.Target);
            foreach (var r in i.Recipients)
            {
                Invitations.TryAdd((i.Kind, target, r), i);
            }
        }
        NamedAssets = new HashSet<string>(
            Arrays.Keys.Concat(Files.Keys).Concat(Groups.Keys).Concat(Members.Keys).Concat(Members.Values.SelectMany(m => m)).Concat(Shares.Keys)
                .Concat(Invitations.Keys.Where(k => k.Kind != InvitationKind.Organization).Select(k => k.Target)),
            StringComparer.OrdinalIgnoreCase);
    }

    public Dictionary<string, ArraySpec> Arrays { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FileImportSpec> Files { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, GroupSpec> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Group URI → member URIs, for the plan's groups and any group it names as a parent.</summary>
    public Dictionary<string, SortedSet<string>> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Asset URI → user → actions.</summary>
    public Dictionary<string, Dictionary<string, SortedSet<string>>> Shares { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>(kind, target, recipient) → its invitation; the first listing of a recipient wins.</summary>
    public Dictionary<(InvitationKind Kind, string Target, string Recipient), InvitationSpec> Invitations { get; } = [];

    /// <summary>Every asset URI the plan names anywhere.</summary>
    public IReadOnlySet<string> NamedAssets { get; }

    public static DesiredState Of(OnboardingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new DesiredState(plan);
    }
}
