using System.Globalization;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>Scenario 1: bulk invitations of N email recipients (no accounts yet) to one array.</summary>
internal sealed class InvitesScenario(int recipients) : IScenario
{
    private static readonly TileDbUri Target = new(BenchWorld.Namespace, "bench-invites");

    private readonly string[] list = Enumerable.Range(0, recipients)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"r{i:D5}@bench.example")).ToArray();

    public string Name => "invites";

    public string Shape => string.Create(CultureInfo.InvariantCulture, $"{recipients} recipients, 1 array");

    public int Items => recipients;

    public string ItemPhase => SendInvitationsActivity.Phase;

    public bool NeedsStorage => false;

    public SeedWorld Seed() => new() { Arrays = [new SeedArray { Namespace = Target.Namespace, Name = Target.Name }] };

    public Task PrepareAsync(string? storageConnectionString, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The service is unlimited here: the limit uses every activity slot of the worker, whatever ours is set to.</summary>
    public int Concurrency(WorkflowOptions workflows, DurableBackendOptions durable) => durable.MaxConcurrentActivities;

    public async Task<ScenarioOutcome> RunLimitAsync(ScenarioEnvironment environment, int concurrency, CancellationToken cancellationToken)
    {
        var failed = 0;
        var batches = list.Chunk(environment.Workflows.InvitationBatchSize).ToArray();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            var answer = await environment.Client.Invitations.InviteToArrayAsync(Target, batch, [ArrayAction.Read], ct).ConfigureAwait(false);
            Interlocked.Add(ref failed, answer.FailedRecipients.Count);
        }).ConfigureAwait(false);
        return new ScenarioOutcome(recipients - failed, failed);
    }

    public WorkflowStart Ours(string instanceId) => new(nameof(BulkInvitationOrchestrator), new BulkInvitationRequest
    {
        RequestId = instanceId,
        Kind = InvitationKind.Array,
        Target = Target.ToString(),
        Recipients = list,
        Actions = ["read"],
    }, ApiRouteTable.StartInvitations);

    public WorkflowStart Naive(string instanceId) =>
        new(nameof(NaiveFanOutOrchestrator), new NaiveFanOut(nameof(NaiveInviteActivity), Target.ToString(), list));
}
