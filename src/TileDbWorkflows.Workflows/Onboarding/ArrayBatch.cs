namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>One activity call's worth of arrays to register or update in <see cref="Namespace"/>.</summary>
public sealed record ArrayBatch(string Namespace, IReadOnlyList<ArraySpec> Arrays, bool DryRun, string Phase);
