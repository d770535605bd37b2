namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>One (asset, user) pair of a sharing request: the unit a report line is about.</summary>
public sealed record ShareItem(string Asset, string User, IReadOnlyList<string> Actions);
