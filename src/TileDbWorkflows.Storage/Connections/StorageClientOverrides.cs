using Azure.Core;
using Azure.Core.Pipeline;

namespace TileDbWorkflows.Storage.Connections;

/// <summary>
/// What a host may impose on every storage connection instead of the settings: registered as a singleton before the
/// resolver is used. Production registers none. Tests register a credential (Azurite in OAuth mode accepts any
/// well-formed token, which no managed identity gives on this machine) and a transport that trusts the emulator's
/// self-signed certificate for these clients only, leaving the machine's trust store alone.
/// </summary>
public sealed class StorageClientOverrides
{
    /// <summary>Used for every identity-based connection in place of the one the settings describe.</summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>Used by every storage client (blobs, queues, tables, the task hub's).</summary>
    public HttpPipelineTransport? Transport { get; init; }
}
