namespace TileDbWorkflows.Emulator.Admin;

/// <summary>One served request. Status 0 means the connection was dropped by a fault.</summary>
public sealed record RequestLogEntry(
    long Sequence,
    string Method,
    string Path,
    string Query,
    int Status,
    DateTimeOffset Time,
    string? User,
    string? Region,
    string? Fault,
    double DurationMs);
