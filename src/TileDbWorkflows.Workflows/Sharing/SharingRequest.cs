namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Share (or, with <see cref="Revoke"/>, unshare) assets with lists of users.</summary>
public sealed record SharingRequest
{
    /// <summary>The namespace that plain asset names in <see cref="Shares"/> belong to.</summary>
    public string Namespace { get; init; } = string.Empty;

    public IReadOnlyList<ShareSpec> Shares { get; init; } = [];

    public bool Revoke { get; init; }

    public bool DryRun { get; init; }
}
