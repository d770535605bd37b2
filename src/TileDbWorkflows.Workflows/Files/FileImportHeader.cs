namespace TileDbWorkflows.Workflows.Files;

/// <summary>The parameters of a file import list on the engine, without the files.</summary>
public sealed record FileImportHeader(string Namespace);
