namespace TileDbWorkflows.Emulator.Faults;

internal readonly record struct FaultDecision(string Kind, int RetryAfterSeconds, int LatencyMs);
