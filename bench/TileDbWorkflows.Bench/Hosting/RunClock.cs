namespace TileDbWorkflows.Bench.Hosting;

/// <summary>
/// The system clock under an instance of its own. The client keeps one adaptive limiter per token per clock for the
/// process (ConcurrencyLimits), so a fresh clock per run gives each run a limiter that learned nothing from the run
/// before (a pace found against a rate limit, a cut concurrency), as a freshly started worker would have.
/// </summary>
internal sealed class RunClock : TimeProvider;
