using System.Text.Json;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>A normalised list that the parent writes once to the payload store so its chunks read slices of it.</summary>
public sealed record ItemsToStore(string Blob, IReadOnlyList<JsonElement> Items);
