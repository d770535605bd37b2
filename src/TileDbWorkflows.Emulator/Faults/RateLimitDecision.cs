namespace TileDbWorkflows.Emulator.Faults;

/// <summary>A refused request: the whole seconds (at least 1) until its bucket holds a token again.</summary>
internal readonly record struct RateLimitDecision(int RetryAfterSeconds);
