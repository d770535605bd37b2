using System.Text.Json;

namespace TileDbWorkflows.Emulator.Tasks;

/// <summary>The fields of <c>GenericUDF</c> / <c>MultiArrayUDF</c> the emulator looks at; others are ignored.</summary>
public sealed record UdfSubmissionWire
{
    public string? UdfInfoName { get; init; }

    public string? Language { get; init; }

    public string? Version { get; init; }

    public string? ImageName { get; init; }

    public string? Exec { get; init; }

    public string? ExecRaw { get; init; }

    public JsonElement? Argument { get; init; }

    public string? ResultFormat { get; init; }

    public string? TaskName { get; init; }

    public bool? StoreResults { get; init; }

    public string? ResourceClass { get; init; }

    public List<JsonElement>? Arrays { get; init; }
}
