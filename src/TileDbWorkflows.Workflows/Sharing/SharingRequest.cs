using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Share (or, with <see cref="Revoke"/>, unshare) assets with lists of users.</summary>
public sealed record SharingRequest : IPayloadInput<SharingRequest>
{
    /// <summary>The namespace that plain asset names in <see cref="Shares"/> belong to.</summary>
    public string Namespace { get; init; } = string.Empty;

    public IReadOnlyList<ShareSpec> Shares { get; init; } = [];

    public bool Revoke { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Set by the trigger when the request was too big to schedule inline.</summary>
    public string? InputBlob { get; init; }

    /// <summary>Set by the workflow itself when it continues as new (the list engine's cursor).</summary>
    public ListCursor? Continuation { get; init; }

    public SharingRequest ByReference(string inputBlob) => this with { Shares = [], InputBlob = inputBlob };
}
