namespace TileDbWorkflows.Emulator.Faults;

public static class FaultKinds
{
    public const string Capacity = "503";
    public const string RateLimit = "429";
    public const string ServerError = "500";
    public const string Latency = "latency";
    public const string Drop = "drop";

    public static readonly string[] All = [Capacity, RateLimit, ServerError, Latency, Drop];
}
