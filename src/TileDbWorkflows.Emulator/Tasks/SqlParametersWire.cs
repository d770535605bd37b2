using System.Text.Json;

namespace TileDbWorkflows.Emulator.Tasks;

public sealed record SqlParametersWire
{
    public string? Name { get; init; }

    public string? Query { get; init; }

    public string? OutputUri { get; init; }

    public bool? StoreResults { get; init; }

    public string? ResultFormat { get; init; }

    public List<string>? InitCommands { get; init; }

    public List<JsonElement>? Parameters { get; init; }

    public string? TaskGraphUuid { get; init; }

    public string? ClientNodeUuid { get; init; }

    public string? ResourceClass { get; init; }

    public bool? DontDownloadResults { get; init; }
}
