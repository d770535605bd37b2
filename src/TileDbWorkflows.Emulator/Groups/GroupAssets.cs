using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>The group face of the asset core.</summary>
internal sealed class GroupAssets : AssetKind<GroupRecord>
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

    public override void Rename(EmulatorState state, GroupRecord asset, string newName) => state.RenameGroup(asset, newName);
}
