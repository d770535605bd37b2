namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>A clock that says what the test says: the timer trigger must not depend on when the test runs.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
