using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Registers or creates groups and adds members (a group's parent link is the group added to its parent), one line
/// per <see cref="GroupOp"/>, checking each before acting so a second run only reads. The list engine sends one pass
/// of <see cref="GroupPasses"/> at a time and runs it in dry-run mode first as the observation; a transient error
/// marks only its line for retry.
/// </summary>
[DurableTask(nameof(EnsureGroupsActivity))]
public sealed class EnsureGroupsActivity(ITileDbCloudClient client) : TaskActivity<GroupBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "groups";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, GroupBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ops = input.Ops ?? GroupPasses.InOrder(input.Groups);
        var results = new List<ItemResult>(ops.Count);
        // One member listing per group and call, not per member; null when the group does not exist.
        var members = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var op in ops)
        {
            results.Add(op.Group is { } group
                ? await EnsureGroupAsync(input.Namespace, group, input.DryRun).ConfigureAwait(false)
                : await EnsureMemberAsync(input.Namespace, op, input.DryRun, members).ConfigureAwait(false));
        }
        return results;
    }

    private Task<ItemResult> EnsureGroupAsync(string ns, GroupSpec spec, bool dryRun)
    {
        var uri = new TileDbUri(ns, spec.Name);
        return ItemGuard.RunIsolatedAsync(Phase, uri.ToString(), async () =>
        {
            if (await ItemGuard.FindAsync(() => client.Groups.GetInfoAsync(uri)).ConfigureAwait(false) is not null)
            {
                return ItemResult.Skipped(Phase, uri.ToString(), "already registered");
            }
            if (dryRun)
            {
                return ItemResult.Created(Phase, uri.ToString(), spec.StorageUri is null ? "would create" : $"would register {spec.StorageUri}");
            }
            try
            {
                await CreateAsync(ns, spec).ConfigureAwait(false);
            }
            catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.Conflict)
            {
                // Created in between by an earlier attempt: it exists; the list engine's observation says whose change it was.
                return ItemResult.Skipped(Phase, uri.ToString(), "already registered");
            }
            return ItemResult.Created(Phase, uri.ToString(), spec.StorageUri is null ? null : $"registered {spec.StorageUri}");
        });
    }

    private Task<ItemResult> EnsureMemberAsync(string ns, GroupOp op, bool dryRun, Dictionary<string, HashSet<string>?> cache)
    {
        var group = AssetUris.Resolve(ns, op.Container!);
        var member = AssetUris.Resolve(ns, op.Member!);
        var item = $"{group} member {member}";
        return ItemGuard.RunIsolatedAsync(Phase, item, async () =>
        {
            var key = group.ToString();
            if (!cache.TryGetValue(key, out var current))
            {
                current = await MembersAsync(group).ConfigureAwait(false);
                cache[key] = current;
            }
            if (current is null)
            {
                // In a dry run the group is only planned, so there is nothing to read yet.
                return dryRun ? ItemResult.Created(Phase, item, "would add") : ItemResult.Failed(Phase, item, $"group {group} is not available (it is neither registered nor created)");
            }
            if (current.Contains(member.ToString()))
            {
                return ItemResult.Skipped(Phase, item, "already a member");
            }
            if (dryRun)
            {
                return ItemResult.Created(Phase, item, "would add");
            }
            var type = op.MemberIsGroup ? GroupMemberType.Group : await MemberTypeAsync(member).ConfigureAwait(false);
            if (type is null)
            {
                return ItemResult.Failed(Phase, item, $"{member} is neither a registered array nor a group");
            }
            try
            {
                await client.Groups.AddMemberAsync(group, member, type.Value).ConfigureAwait(false);
            }
            catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.Conflict)
            {
                return ItemResult.Skipped(Phase, item, "already a member");
            }
            current.Add(member.ToString());
            return ItemResult.Created(Phase, item);
        });
    }

    private async Task CreateAsync(string ns, GroupSpec spec)
    {
        // Without its parent: the parent link is a line of its own in the next pass, so its label is true on a retry too.
        if (spec.StorageUri is null)
        {
            await client.Groups.CreateAsync(new GroupCreateRequest
            {
                Name = spec.Name,
                Namespace = ns,
                CredentialsName = spec.CredentialsName,
                Description = spec.Description,
                Tags = spec.Tags.Count > 0 ? spec.Tags : null,
            }).ConfigureAwait(false);
            return;
        }
        await client.Groups.RegisterAsync(new GroupRegistration
        {
            StorageUri = spec.StorageUri,
            Namespace = ns,
            Name = spec.Name,
            CredentialsName = spec.CredentialsName,
            Description = spec.Description,
        }).ConfigureAwait(false);
        if (spec.Tags.Count > 0)
        {
            await client.Groups.UpdateInfoAsync(new TileDbUri(ns, spec.Name), new GroupUpdate { Tags = spec.Tags }).ConfigureAwait(false);
        }
    }

    private async Task<HashSet<string>?> MembersAsync(TileDbUri group)
    {
        if (await ItemGuard.FindAsync(() => client.Groups.GetInfoAsync(group)).ConfigureAwait(false) is null)
        {
            return null;
        }
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var entry in client.Groups.GetAllContentsAsync(group).ConfigureAwait(false))
        {
            if (entry.Array is { } a && a.Namespace is not null && a.Name is not null)
            {
                members.Add(new TileDbUri(a.Namespace, a.Name).ToString());
            }
            if (entry.Group is { } g && g.Namespace is not null && g.Name is not null)
            {
                members.Add(new TileDbUri(g.Namespace, g.Name).ToString());
            }
        }
        return members;
    }

    private async Task<GroupMemberType?> MemberTypeAsync(TileDbUri member)
    {
        if (await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(member)).ConfigureAwait(false) is not null)
        {
            return GroupMemberType.Array;
        }
        if (await ItemGuard.FindAsync(() => client.Groups.GetInfoAsync(member)).ConfigureAwait(false) is not null)
        {
            return GroupMemberType.Group;
        }
        return null;
    }
}
