namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>What the sweep needs to know of an array registered in the namespace.</summary>
public sealed record RegisteredArray(string Name, string? Uri, string? Description, IReadOnlyList<string> Tags);
