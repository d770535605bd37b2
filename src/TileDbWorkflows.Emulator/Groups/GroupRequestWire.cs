using System.Text.Json;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>v2 create (POST) and register (PUT) body: <c>{"group_details": {...}, "config": {...}}</c>.</summary>
public sealed record GroupRequestWire(GroupDetailsWire? GroupDetails, JsonElement? Config);
