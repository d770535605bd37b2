namespace TileDbWorkflows.Emulator.Arrays;

public sealed record ArrayActivityLogWire(
    string Id,
    DateTimeOffset EventAt,
    string Action,
    string Username,
    long BytesSent,
    long BytesReceived,
    string? ArrayTaskId,
    string? QueryRanges,
    string? QueryStats);
