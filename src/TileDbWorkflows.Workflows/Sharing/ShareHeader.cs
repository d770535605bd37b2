namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>A sharing request's parameters without its list.</summary>
public sealed record ShareHeader(string Namespace, bool Revoke);
