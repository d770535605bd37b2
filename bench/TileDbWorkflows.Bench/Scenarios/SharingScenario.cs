using System.Globalization;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>
/// Scenario 2: share A arrays with U users each (read), none shared before. With <paramref name="ratePerSecond"/> the
/// emulator limits the bench token to that many requests per second (token bucket, burst <see cref="RateBurst"/>), and
/// the limit sends its shares at exactly that rate.
/// </summary>
internal sealed class SharingScenario(int arrays, int users, double? ratePerSecond = null) : IScenario
{
    /// <summary>The emulator bucket's size in the rate-limited run: a few requests at once after a quiet spell.</summary>
    public const int RateBurst = 10;

    private readonly string[] arrayNames = Enumerable.Range(0, arrays)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"bench-share-{i:D4}")).ToArray();

    private readonly string[] userNames = Enumerable.Range(0, users)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"benchuser{i:D3}")).ToArray();

    public string Name => ratePerSecond is null ? "sharing" : "sharing-rl";

    public string Shape => ratePerSecond is { } rate
        ? string.Create(CultureInfo.InvariantCulture, $"{arrays} arrays x {users} users, {rate:0.#} req/s")
        : string.Create(CultureInfo.InvariantCulture, $"{arrays} arrays x {users} users");

    public double? RatePerSecond => ratePerSecond;

    public int Items => arrays * users;

    public string ItemPhase => ShareBatchActivity.Phase;

    public bool NeedsStorage => false;

    public SeedWorld Seed() => new()
    {
        Users = userNames.Select(u => new SeedUser { Username = u }).ToList(),
        Arrays = arrayNames.Select(a => new SeedArray { Namespace = BenchWorld.Namespace, Name = a }).ToList(),
    };

    public Task PrepareAsync(string? storageConnectionString, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The service's capacity: every activity slot of the worker where it is unlimited (and where it is rate limited, the rate decides).</summary>
    public int Concurrency(WorkflowOptions workflows, DurableBackendOptions durable) => durable.MaxConcurrentActivities;

    public async Task<ScenarioOutcome> RunLimitAsync(ScenarioEnvironment environment, int concurrency, CancellationToken cancellationToken)
    {
        var failed = 0;
        var pairs = arrayNames.SelectMany(a => userNames.Select(u => (Array: a, User: u))).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var started = -1;
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (pair, ct) =>
        {
            if (ratePerSecond is { } rate)
            {
                // Exactly the permitted rate: share n starts at n / rate seconds (the bucket's burst is not used).
                var due = TimeSpan.FromSeconds(Interlocked.Increment(ref started) / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, ct).ConfigureAwait(false);
                }
            }

            try
            {
                await environment.Client.Arrays.ShareAsync(new TileDbUri(BenchWorld.Namespace, pair.Array), pair.User, [ArrayAction.Read], ct).ConfigureAwait(false);
            }
            catch (TileDbCloudException)
            {
                Interlocked.Increment(ref failed);
            }
        }).ConfigureAwait(false);
        return new ScenarioOutcome(pairs.Length - failed, failed);
    }

    public WorkflowStart Ours(string instanceId) => new(nameof(SharingOrchestrator), new SharingRequest
    {
        Namespace = BenchWorld.Namespace,
        Shares = [new ShareSpec { Assets = arrayNames, Users = userNames, Actions = ["read"] }],
    }, ApiRouteTable.StartSharing);

    public WorkflowStart Naive(string instanceId) => new(nameof(NaiveFanOutOrchestrator), new NaiveFanOut(
        nameof(NaiveShareActivity), BenchWorld.Namespace, arrayNames.SelectMany(a => userNames.Select(u => a + "|" + u)).ToArray()));
}
