namespace TileDbWorkflows.Emulator.Admin;

public sealed record RegionsInfo(Uri Main, IReadOnlyDictionary<string, Uri> Regions);
