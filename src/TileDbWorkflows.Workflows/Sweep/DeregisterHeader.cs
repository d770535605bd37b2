namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>The parameters of a deregistration list on the engine, without the names.</summary>
public sealed record DeregisterHeader(string Namespace);
