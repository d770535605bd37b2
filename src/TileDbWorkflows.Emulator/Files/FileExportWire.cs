namespace TileDbWorkflows.Emulator.Files;

/// <summary>Request and answer of export share one shape: <c>{"output_uri"}</c>.</summary>
public sealed record FileExportWire(string? OutputUri);
