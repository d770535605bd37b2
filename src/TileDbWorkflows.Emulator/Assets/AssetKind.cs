using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.Regions;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

/// <summary>
/// The one asset core: how arrays and groups are found, checked, renamed and browsed. Each kind is a thin face
/// (<c>ArrayAssets</c>, <c>GroupAssets</c>) that says only where they differ, so a fix to lookup, browsing or
/// sharing is written here once. Every member that reads state is called under the state lock.
/// </summary>
internal abstract class AssetKind<TRecord, TWire>
    where TRecord : AssetRecord
{
    /// <summary>"array" or "group": the word in messages and the route parameter that carries the name.</summary>
    public abstract string Noun { get; }

    /// <summary>Where the kind's routes start: <c>/v1/arrays</c>, <c>/v1/groups</c>.</summary>
    public string Routes => $"/v1/{Noun}s";

    /// <summary>The asset as the caller sees it: its info answer, a browser entry.</summary>
    public abstract TWire ToWire(TRecord asset, IEnumerable<string> actions, bool withMetadata);

    /// <summary>
    /// The kind's own browser filters: reads their query parameters, and returns for the state under the lock what
    /// else an asset must pass.
    /// </summary>
    public abstract Func<EmulatorState, Func<TRecord, bool>> BrowserFilter(HttpContext ctx);

    /// <summary>The browser's answer body for one page of <paramref name="total"/> entries.</summary>
    public abstract object BrowserPage(string scope, int total, IReadOnlyList<TWire> items, PaginationMetadataWire meta);

    /// <summary>Reads a share request; <see cref="AssetSharing"/> checks and applies it.</summary>
    public abstract Task<ShareRequest<TRecord>> ReadShareAsync(HttpContext ctx);

    /// <summary>The shared-with answer.</summary>
    public abstract object SharedWith(EmulatorState state, TRecord asset);

    public abstract IEnumerable<TRecord> All(EmulatorState state);

    public abstract TRecord? Find(EmulatorState state, string ns, string name);

    /// <summary>What the caller may do with the asset; empty means they cannot see it.</summary>
    public abstract HashSet<string> Actions(EmulatorState state, string caller, TRecord asset);

    /// <summary>Namespace to every action shared with it, for the browser's shared listing.</summary>
    public abstract Dictionary<string, List<string>> SharedActions(TRecord asset);

    /// <summary>What the browser's <c>size</c> order sorts by.</summary>
    public abstract long Size(TRecord asset);

    /// <summary>Whether a metadata update by the caller is allowed (beyond seeing the asset).</summary>
    public abstract bool CanEdit(EmulatorState state, string caller, TRecord asset, HashSet<string> actions);

    public abstract void Rename(EmulatorState state, TRecord asset, string newName);

    /// <summary>The browser's <c>search</c>: name or description, and whatever else the kind adds.</summary>
    public virtual bool Matches(TRecord asset, string search) =>
        asset.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (asset.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The asset named by the route's <c>{namespace}</c> and <c>{array}</c> / <c>{group}</c>.</summary>
    public TRecord FromRoute(HttpContext ctx, EmulatorRuntime emu, string caller, out HashSet<string> actions) =>
        Find(ctx, emu, caller, ctx.RouteParam("namespace"), ctx.RouteParam(Noun), out actions);

    /// <summary>
    /// An asset the caller can see, redirecting first when it lives in another region (routing happens before
    /// authorization, as with a real front door). One the caller cannot see answers 404, exactly like one that
    /// does not exist.
    /// </summary>
    public TRecord Find(HttpContext ctx, EmulatorRuntime emu, string caller, string ns, string name, out HashSet<string> actions)
    {
        var asset = Find(emu.State, ns, name) ?? throw NotFound(ns, name);
        RegionGuard.Check(ctx, emu.Regions, asset.Region);
        actions = Actions(emu.State, caller, asset);
        return actions.Count > 0 ? asset : throw NotFound(ns, name);
    }

    /// <summary>The route's asset, for a caller who must administer its namespace (share, list shares).</summary>
    public TRecord ToAdminister(HttpContext ctx, EmulatorRuntime emu, string caller, string doing)
    {
        var asset = FromRoute(ctx, emu, caller, out _);
        return Access.CanAdminNamespace(emu.State, caller, asset.Namespace)
            ? asset
            : throw ApiException.Forbidden($"user {caller} may not {doing} {asset.TileDbUri}");
    }

    /// <summary>A metadata update's new name: valid, free in the namespace (a change of case alone is allowed).</summary>
    public void RenameIfChanged(EmulatorState state, TRecord asset, string? newName)
    {
        if (newName is null || string.Equals(newName, asset.Name, StringComparison.Ordinal))
        {
            return;
        }

        AssetNames.Validate(newName);
        if (state.NameTaken(asset.Namespace, newName) && !string.Equals(newName, asset.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.Conflict($"tiledb://{asset.Namespace}/{newName} already exists");
        }

        Rename(state, asset, newName);
    }

    private ApiException NotFound(string ns, string name) => ApiException.NotFound($"{Noun} tiledb://{ns}/{name} not found");
}
