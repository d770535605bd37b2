namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>How far one phase of a workflow has come.</summary>
public sealed record PhaseProgress(string Name, int Done, int Total, int Failed);
