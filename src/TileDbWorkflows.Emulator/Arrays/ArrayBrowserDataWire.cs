using System.Text.Json.Serialization;
using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>
/// <c>ArrayBrowserData</c>. An empty shared listing is <c>"arrays": null</c> on the live service
/// (captured in the Python tests), so the list is written even when null.
/// </summary>
public sealed record ArrayBrowserDataWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IReadOnlyList<ArrayInfoWire>? Arrays,
    PaginationMetadataWire PaginationMetadata);
