using TileDbWorkflows.Emulator.Admin;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Regions;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Emulator.State;
using TileDbWorkflows.Emulator.Tasks;

namespace TileDbWorkflows.Emulator;

/// <summary>
/// The services every handler needs, resolved once per request. Handlers are plain request delegates
/// (no parameter binding), so a missing registration fails loudly instead of being mistaken for a body.
/// </summary>
internal sealed class EmulatorRuntime(
    EmulatorState state,
    TimeProvider time,
    RegionDirectory regions,
    FaultInjector faults,
    RateLimiter rateLimits,
    LatencyInjector latency,
    RequestLog requests,
    TaskBehaviors taskBehaviors,
    EmulatorOptions options)
{
    public EmulatorState State { get; } = state;

    public TimeProvider Time { get; } = time;

    public RegionDirectory Regions { get; } = regions;

    public FaultInjector Faults { get; } = faults;

    public RateLimiter RateLimits { get; } = rateLimits;

    public LatencyInjector Latency { get; } = latency;

    public RequestLog Requests { get; } = requests;

    public TaskBehaviors TaskBehaviors { get; } = taskBehaviors;

    public EmulatorOptions Options { get; } = options;

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Back to the seed: default world, seed file, in-memory seed; faults, rate limits, latency, task rules and the log cleared.</summary>
    public void Reset()
    {
        var now = Now;
        var seedFile = LoadSeedFile(Options.SeedFile);
        lock (State.Sync)
        {
            State.Clear();
            var replace = (seedFile?.ReplaceDefault ?? false) || (Options.Seed?.ReplaceDefault ?? false);
            if (!replace)
            {
                Seeder.Apply(State, DefaultSeed.Create(Options.Regions), now);
            }

            if (seedFile is not null)
            {
                Seeder.Apply(State, seedFile, now);
            }

            if (Options.Seed is not null)
            {
                Seeder.Apply(State, Options.Seed, now);
            }
        }

        Faults.Clear();
        RateLimits.Clear();
        Latency.Clear();
        TaskBehaviors.Clear();
        Requests.Clear();
    }

    private static SeedWorld? LoadSeedFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return System.Text.Json.JsonSerializer.Deserialize<SeedWorld>(stream, Http.EmulatorJson.Options)
            ?? throw new InvalidOperationException($"seed file {path} is empty");
    }
}
