using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

/// <summary>
/// A share request as a kind read it: the namespace it names (see <see cref="AssetSharing.Target"/>) and how to grant (or, for an empty grant, revoke) it
/// on an asset the caller may administer.
/// </summary>
internal sealed record ShareRequest<TRecord>(string Namespace, Action<EmulatorRuntime, string, TRecord, string> Grant)
    where TRecord : AssetRecord;
