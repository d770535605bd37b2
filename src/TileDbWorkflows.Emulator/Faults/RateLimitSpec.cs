namespace TileDbWorkflows.Emulator.Faults;

/// <summary>The full rate limit set; PUT replaces the previous one and refills every bucket. The first matching rule meters a request.</summary>
public sealed class RateLimitSpec
{
    public List<RateLimitRule> Rules { get; set; } = [];
}
