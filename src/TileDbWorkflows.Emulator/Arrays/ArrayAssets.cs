using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>
/// The array face of the asset core: search reaches tags, the browser filters by <c>file_type</c> and
/// <c>exclude_file_type</c>, a share grants one action list, and shared-with lists the public share too.
/// </summary>
internal sealed class ArrayAssets : AssetKind<ArrayRecord, ArrayInfoWire>
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

    /// <summary>Edit rights, or a namespace role that may create assets there.</summary>
    public override bool CanEdit(EmulatorState state, string caller, ArrayRecord asset, HashSet<string> actions) =>
        actions.Contains("edit") || Roles.CanCreate(Access.NamespaceRole(state, caller, asset.Namespace));

    public override void Rename(EmulatorState state, ArrayRecord asset, string newName) => state.RenameArray(asset, newName);

    public override ArrayInfoWire ToWire(ArrayRecord asset, IEnumerable<string> actions, bool withMetadata) => ArrayMapper.ToWire(asset, actions, withMetadata);

    public override bool Matches(ArrayRecord asset, string search) =>
        base.Matches(asset, search) || asset.Tags.Exists(t => t.Contains(search, StringComparison.OrdinalIgnoreCase));

    public override Func<EmulatorState, Func<ArrayRecord, bool>> BrowserFilter(HttpContext ctx)
    {
        var fileTypes = ctx.QueryList("file_type");
        var excludeFileTypes = ctx.QueryList("exclude_file_type");
        return _ => a =>
            (fileTypes.Count == 0 || (a.FileType is not null && fileTypes.Contains(a.FileType, StringComparer.OrdinalIgnoreCase)))
            && (a.FileType is null || !excludeFileTypes.Contains(a.FileType, StringComparer.OrdinalIgnoreCase));
    }

    // The live service answers an empty shared listing with "arrays": null.
    public override object BrowserPage(string scope, int total, IReadOnlyList<ArrayInfoWire> items, PaginationMetadataWire meta) =>
        new ArrayBrowserDataWire(scope == "shared" && total == 0 ? null : items, meta);

    public override async Task<ShareRequest<ArrayRecord>> ReadShareAsync(HttpContext ctx)
    {
        var body = await ctx.ReadJsonAsync<ArraySharingWire>().ConfigureAwait(false);
        var ns = AssetSharing.Target(body.Namespace);
        var actions = Roles.Normalize(body.Actions, Roles.ArrayActions, "array action");
        return new ShareRequest<ArrayRecord>(ns, (emu, caller, array, target) =>
        {
            AssetSharing.Apply(emu.State, array, array.Shares, target, actions.Count > 0 ? actions : null);
            ArrayMapper.Log(array, emu.Now, "array_metadata_update", caller, detail: $"share {target}: [{string.Join(",", actions)}]");
        });
    }

    public override object SharedWith(EmulatorState state, ArrayRecord asset)
    {
        var list = asset.Shares
            .Where(s => s.Value.Count > 0)
            .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .Select(s => new ArraySharingWire([.. s.Value], s.Key, state.NamespaceType(s.Key)))
            .ToList();
        if (asset.Public)
        {
            list.Add(new ArraySharingWire([.. Roles.PublicArrayActions], AssetSharing.PublicNamespace, AssetSharing.PublicNamespace));
        }

        return list;
    }
}
