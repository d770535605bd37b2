using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>
/// The group face of the asset core. The browser filters by <c>group_type</c>; <c>flat=False</c> hides groups that
/// are members of another group; <c>parent</c> (a group id) lists that group's child groups. A share grants group
/// actions and array actions, and the array actions reach the member arrays.
/// </summary>
internal sealed class GroupAssets : AssetKind<GroupRecord, GroupInfoWire>
{
    public static readonly GroupAssets Kind = new();

    private GroupAssets()
    {
    }

    public override string Noun => "group";

    public override IEnumerable<GroupRecord> All(EmulatorState state) => state.Groups.Values;

    public override GroupRecord? Find(EmulatorState state, string ns, string name) => state.FindGroup(ns, name);

    public override HashSet<string> Actions(EmulatorState state, string caller, GroupRecord asset) => Access.GroupActions(state, caller, asset);

    /// <summary>A group counts as shared with a namespace that got group actions, array actions or both.</summary>
    public override Dictionary<string, List<string>> SharedActions(GroupRecord asset) =>
        asset.Shares.ToDictionary(s => s.Key, s => s.Value.GroupActions.Concat(s.Value.ArrayActions).ToList(), StringComparer.OrdinalIgnoreCase);

    public override long Size(GroupRecord asset) => asset.Members.Count;

    public override bool CanEdit(EmulatorState state, string caller, GroupRecord asset, HashSet<string> actions) =>
        actions.Contains("edit") || actions.Contains("write");

    public override void Rename(EmulatorState state, GroupRecord asset, string newName) => state.RenameGroup(asset, newName);

    public override GroupInfoWire ToWire(GroupRecord asset, IEnumerable<string> actions, bool withMetadata) => GroupMapper.ToWire(asset, actions, withMetadata);

    public override Func<EmulatorState, Func<GroupRecord, bool>> BrowserFilter(HttpContext ctx)
    {
        var groupType = ctx.QueryString("group_type");
        var flat = ctx.QueryBool("flat") ?? true;
        var parentId = ctx.QueryString("parent");
        return state =>
        {
            var nested = state.Groups.Values.SelectMany(g => g.Members.Where(m => m.IsGroup).Select(m => m.TargetId)).ToHashSet();
            HashSet<string>? children = null;
            if (parentId is not null)
            {
                var parent = state.Groups.GetValueOrDefault(parentId) ?? throw ApiException.NotFound($"parent group {parentId} not found");
                children = parent.Members.Where(m => m.IsGroup).Select(m => m.TargetId).ToHashSet();
            }

            return g => (groupType is null || string.Equals(g.GroupType, groupType, StringComparison.OrdinalIgnoreCase))
                && (flat || children is not null || !nested.Contains(g.Id))
                && (children is null || children.Contains(g.Id));
        };
    }

    /// <summary>Unlike arrays, an empty group listing is <c>"groups": []</c>.</summary>
    public override object BrowserPage(string scope, int total, IReadOnlyList<GroupInfoWire> items, PaginationMetadataWire meta) =>
        new GroupBrowserDataWire(items, meta);

    public override async Task<ShareRequest<GroupRecord>> ReadShareAsync(HttpContext ctx)
    {
        var body = await ctx.ReadJsonAsync<GroupSharingWire>().ConfigureAwait(false);
        var ns = AssetSharing.Target(body.Namespace);
        var groupActions = Roles.Normalize(body.GroupActions, Roles.GroupActions, "group action");
        var arrayActions = Roles.Normalize(body.ArrayActions, Roles.ArrayActions, "array action");
        var grant = groupActions.Count == 0 && arrayActions.Count == 0 ? null : new GroupShare(groupActions, arrayActions);
        return new ShareRequest<GroupRecord>(ns, (emu, caller, group, target) =>
        {
            AssetSharing.Apply(emu.State, group, group.Shares, target, grant);

            // The member arrays' access changed, which is a mutation of each of them.
            var now = emu.Now;
            foreach (var m in group.Members.Where(m => !m.IsGroup))
            {
                if (emu.State.Arrays.TryGetValue(m.TargetId, out var a))
                {
                    ArrayMapper.Log(a, now, "array_metadata_update", caller, detail: $"group {group.TileDbUri} shared with {target}");
                }
            }
        });
    }

    public override object SharedWith(EmulatorState state, GroupRecord asset) => asset.Shares
        .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
        .Select(s => new GroupSharingWire([.. s.Value.GroupActions], [.. s.Value.ArrayActions], s.Key, state.NamespaceType(s.Key)))
        .ToList();
}
