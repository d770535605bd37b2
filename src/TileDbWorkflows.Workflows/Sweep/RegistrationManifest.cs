using TileDbWorkflows.Workflows.Arrays;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// The desired registrations of one namespace, read from a JSON blob. Arrays registered in the namespace but absent
/// here are deregistered only when <see cref="Prune"/> is true, so a truncated manifest cannot wipe a namespace by default.
/// </summary>
public sealed record RegistrationManifest
{
    public string Namespace { get; init; } = string.Empty;

    public bool Prune { get; init; }

    public IReadOnlyList<ArraySpec> Arrays { get; init; } = [];
}
