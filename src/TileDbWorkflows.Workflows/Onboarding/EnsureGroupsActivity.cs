using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Registers or creates each group, then puts it in its parent and adds its members, checking each before acting so a
/// second run only reads. One line per group and one per membership.
/// </summary>
[DurableTask(nameof(EnsureGroupsActivity))]
public sealed class EnsureGroupsActivity(ITileDbCloudClient client) : TaskActivity<GroupBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "groups";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, GroupBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ItemResult>();
        foreach (var group in input.Groups)
        {
            await EnsureAsync(input.Namespace, group, input.DryRun, results).ConfigureAwait(false);
        }
        return results;
    }

    private async Task EnsureAsync(string ns, GroupSpec spec, bool dryRun, List<ItemResult> results)
    {
        var uri = new TileDbUri(ns, spec.Name);
        var parent = spec.Parent is null ? null : AssetUris.Resolve(ns, spec.Parent);
        var exists = true;
        var created = false;
        var line = await ItemGuard.RunAsync(Phase, uri.ToString(), async () =>
        {
            if (await ItemGuard.FindAsync(() => client.Groups.GetInfoAsync(uri)).ConfigureAwait(false) is not null)
            {
                return ItemResult.Skipped(Phase, uri.ToString(), "already registered");
            }
            exists = false;
            if (dryRun)
            {
                return ItemResult.Created(Phase, uri.ToString(), spec.StorageUri is null ? "would create" : $"would register {spec.StorageUri}");
            }
            try
            {
                await CreateAsync(ns, spec, parent).ConfigureAwait(false);
            }
            catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.Conflict)
            {
                // Created in between by an earlier attempt: treat it as existing, memberships are checked below.
                exists = true;
                return ItemResult.Skipped(Phase, uri.ToString(), "already registered");
            }
            exists = true;
            created = true;
            return ItemResult.Created(Phase, uri.ToString(), spec.StorageUri is null ? null : $"registered {spec.StorageUri}");
        }).ConfigureAwait(false);
        results.Add(line);
        if (line.Outcome == ItemOutcome.Failed)
        {
            // One line per planned parent link and member even here, so the report (and progress) accounts for each.
            var reason = $"group {uri} is not available: {line.Reason}";
            if (parent is not null)
            {
                results.Add(ItemResult.Failed(Phase, $"{parent} member {uri}", reason));
            }
            results.AddRange(spec.Members.Select(m => ItemResult.Failed(Phase, $"{uri} member {AssetUris.Resolve(ns, m)}", reason)));
            return;
        }

        if (parent is not null && created)
        {
            results.Add(ItemResult.Created(Phase, $"{parent} member {uri}", "linked when the group was created"));
        }
        else if (parent is not null)
        {
            results.Add(await EnsureMemberAsync(parent, uri, GroupMemberType.Group, exists, dryRun).ConfigureAwait(false));
        }
        if (spec.Members.Count > 0)
        {
            var current = exists && !created ? await MembersAsync(uri).ConfigureAwait(false) : [];
            foreach (var member in spec.Members)
            {
                results.Add(await ItemGuard.RunAsync(Phase, $"{uri} member {member}", async () =>
                {
                    var memberUri = AssetUris.Resolve(ns, member);
                    var item = $"{uri} member {memberUri}";
                    if (current.Contains(memberUri.ToString()))
                    {
                        return ItemResult.Skipped(Phase, item, "already a member");
                    }
                    if (dryRun)
                    {
                        return ItemResult.Created(Phase, item, "would add");
                    }
                    var type = await MemberTypeAsync(memberUri).ConfigureAwait(false);
                    if (type is null)
                    {
                        return ItemResult.Failed(Phase, item, $"{memberUri} is neither a registered array nor a group");
                    }
                    return await AddMemberAsync(uri, memberUri, type.Value, item).ConfigureAwait(false);
                }).ConfigureAwait(false));
            }
        }
    }

    private async Task CreateAsync(string ns, GroupSpec spec, TileDbUri? parent)
    {
        if (spec.StorageUri is null)
        {
            await client.Groups.CreateAsync(new GroupCreateRequest
            {
                Name = spec.Name,
                Namespace = ns,
                CredentialsName = spec.CredentialsName,
                ParentUri = parent,
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
            ParentUri = parent,
            Description = spec.Description,
        }).ConfigureAwait(false);
        if (spec.Tags.Count > 0)
        {
            await client.Groups.UpdateInfoAsync(new TileDbUri(ns, spec.Name), new GroupUpdate { Tags = spec.Tags }).ConfigureAwait(false);
        }
    }

    private Task<ItemResult> EnsureMemberAsync(TileDbUri group, TileDbUri member, GroupMemberType type, bool memberExists, bool dryRun)
    {
        var item = $"{group} member {member}";
        return ItemGuard.RunAsync(Phase, item, async () =>
        {
            if (memberExists && (await MembersAsync(group).ConfigureAwait(false)).Contains(member.ToString()))
            {
                return ItemResult.Skipped(Phase, item, "already a member");
            }
            if (dryRun)
            {
                return ItemResult.Created(Phase, item, "would add");
            }
            return await AddMemberAsync(group, member, type, item).ConfigureAwait(false);
        });
    }

    private async Task<ItemResult> AddMemberAsync(TileDbUri group, TileDbUri member, GroupMemberType type, string item)
    {
        try
        {
            await client.Groups.AddMemberAsync(group, member, type).ConfigureAwait(false);
            return ItemResult.Created(Phase, item);
        }
        catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.Conflict)
        {
            return ItemResult.Skipped(Phase, item, "already a member");
        }
    }

    private async Task<HashSet<string>> MembersAsync(TileDbUri group)
    {
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
