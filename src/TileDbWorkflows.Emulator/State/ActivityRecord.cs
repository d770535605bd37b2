namespace TileDbWorkflows.Emulator.State;

internal sealed record ActivityRecord(
    string Id,
    DateTimeOffset EventAt,
    string Action,
    string Username,
    string? TaskId,
    string? Detail);
