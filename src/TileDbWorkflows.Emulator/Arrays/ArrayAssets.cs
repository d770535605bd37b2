using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>The array face of the asset core.</summary>
internal sealed class ArrayAssets : AssetKind<ArrayRecord>
{
    public static readonly ArrayAssets Kind = new();

    private ArrayAssets()
    {
    }

    public override string Noun => "array";

    public override IEnumerable<ArrayRecord> All(EmulatorState state) => state.Arrays.Values;

    public override ArrayRecord? Find(EmulatorState state, string ns, string name) => state.FindArray(ns, name);

    public override HashSet<string> Actions(EmulatorState state, string caller, ArrayRecord asset) => Access.ArrayActions(state, caller, asset);

    public override Dictionary<string, List<string>> SharedActions(ArrayRecord asset) => asset.Shares;

    public override long Size(ArrayRecord asset) => asset.Size;

    public override void Rename(EmulatorState state, ArrayRecord asset, string newName) => state.RenameArray(asset, newName);

    /// <summary>Array search reaches the tags too.</summary>
    public override bool Matches(ArrayRecord asset, string search) =>
        base.Matches(asset, search) || asset.Tags.Exists(t => t.Contains(search, StringComparison.OrdinalIgnoreCase));
}
