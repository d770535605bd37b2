namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Array names of <see cref="Namespace"/> to deregister in one activity call (storage is kept).</summary>
public sealed record DeregisterBatch(string Namespace, IReadOnlyList<string> Names, bool DryRun);
