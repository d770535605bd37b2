namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>The parameters of a groups pass on the engine, without its operations.</summary>
public sealed record GroupHeader(string Namespace);
