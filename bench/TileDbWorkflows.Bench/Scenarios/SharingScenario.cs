using System.Globalization;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Sharing;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>Scenario 2: share A arrays with U users each (read), none shared before.</summary>
internal sealed class SharingScenario(int arrays, int users) : IScenario
{
    private readonly string[] arrayNames = Enumerable.Range(0, arrays)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"bench-share-{i:D4}")).ToArray();

    private readonly string[] userNames = Enumerable.Range(0, users)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"benchuser{i:D3}")).ToArray();

    public string Name => "sharing";

    public string Shape => string.Create(CultureInfo.InvariantCulture, $"{arrays} arrays x {users} users");

    public int Items => arrays * users;

    public string ItemPhase => ShareBatchActivity.Phase;

    public bool NeedsStorage => false;

    public SeedWorld Seed() => new()
    {
        Users = userNames.Select(u => new SeedUser { Username = u }).ToList(),
        Arrays = arrayNames.Select(a => new SeedArray { Namespace = BenchWorld.Namespace, Name = a }).ToList(),
    };

    public Task PrepareAsync(string? storageConnectionString, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Batches in flight; each batch sends its shares one after another.</summary>
    public int Concurrency(WorkflowOptions workflows, DurableBackendOptions durable) =>
        Math.Min(workflows.MaxParallelActivities, durable.MaxConcurrentActivities);

    public async Task<ScenarioOutcome> RunLimitAsync(ScenarioEnvironment environment, int concurrency, CancellationToken cancellationToken)
    {
        var failed = 0;
        var pairs = arrayNames.SelectMany(a => userNames.Select(u => (Array: a, User: u))).ToArray();
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (pair, ct) =>
        {
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
    });

    public WorkflowStart Naive(string instanceId) => new(nameof(NaiveFanOutOrchestrator), new NaiveFanOut(
        nameof(NaiveShareActivity), BenchWorld.Namespace, arrayNames.SelectMany(a => userNames.Select(u => a + "|" + u)).ToArray()));
}
