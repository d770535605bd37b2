namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Which manifests a registration sweep reconciles.</summary>
public sealed record SweepRequest
{
    /// <summary>One manifest blob name; null sweeps every <c>*.json</c> blob in the manifest container.</summary>
    public string? Manifest { get; init; }

    /// <summary>Report what would change without changing it.</summary>
    public bool DryRun { get; init; }
}
