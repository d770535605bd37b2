using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Scheduling;

namespace TileDbWorkflows.Worker.Tests.Scheduling;

/// <summary>A claim is a lease with a completion mark: a dead claimant's occurrence is run by another, missed ones are caught up.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class OccurrenceLeaseTests(AzuriteFixture azurite)
{
    // Leases expire on Azurite's real clock: the shortest lease (15 s) plus a watch interval, with room.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private const string EveryTenSeconds = TestSchedule.EveryTenSeconds;
    private static readonly DateTimeOffset Start = TestSchedule.Start;
    private static readonly DateTimeOffset First = TestSchedule.First;

    [Fact]
    public async Task Occurrence_of_a_claimant_that_died_is_run_by_another_once_its_lease_expires()
    {
        var time = new FakeTimeProvider(Start);
        var runs = new JobRuns { HangingInstance = "a" };
        var container = AzuriteFixture.UniqueName("c");
        var shortLease = new Dictionary<string, string?> { ["Schedules:Sweep:LeaseDuration"] = "00:00:15" };

        var a = await SchedulerHost.StartAsync("a", azurite.ConnectionString, container, EveryTenSeconds, time, runs, shortLease);
        await Eventually.WaitUntilAsync(() => a.WaitingFor == First, Deadline, "a waits for the first occurrence");
        time.SetUtcNow(First);
        await Eventually.WaitUntilAsync(() => runs.Runs.Count == 1, Deadline, "a claims and starts the first occurrence");
        await a.KillAsync(); // Dies holding the claim: its renewals stop.

        await using var b = await SchedulerHost.StartAsync("b", azurite.ConnectionString, container, EveryTenSeconds, time, runs, shortLease);
        await Eventually.WaitUntilAsync(() => runs.Runs.Any(r => r.Instance == "b"), Deadline, "b runs the occurrence a left unfinished");

        Assert.Equal([new JobRun("a", First, First), new JobRun("b", First, First)], runs.Runs.ToArray());
        var claims = new OccurrenceClaims(new BlobContainerClient(azurite.ConnectionString, container), "observer");
        await Eventually.WaitUntilAsync(
            async ct => (await claims.ListAsync("Sweep", ct)).SequenceEqual([(First, true)]),
            Deadline, "the occurrence is marked completed");

        runs.Release.SetResult();
        await a.DisposeAsync();
    }

    [Theory]
    [InlineData("None", new int[0])]
    [InlineData("Latest", new[] { 30 })]
    [InlineData("All", new[] { 20, 30 })] // MaxCatchUp 2 of the three missed.
    public async Task Occurrences_missed_while_no_worker_ran_are_caught_up_as_the_policy_says(string policy, int[] expectedSeconds)
    {
        var container = AzuriteFixture.UniqueName("c");
        var blobs = new BlobContainerClient(azurite.ConnectionString, container);
        var previous = new OccurrenceClaims(blobs, "previous");
        await previous.EnsureContainerAsync(CancellationToken.None);
        var (_, claim) = await previous.ClaimAsync("Sweep", First, CancellationToken.None);
        Assert.True(await previous.CompleteAsync(claim!, CancellationToken.None));

        // No worker ran from 02:00:00 to 02:00:35: 02:00:10, :20 and :30 were missed.
        var time = new FakeTimeProvider(First.AddSeconds(35));
        var runs = new JobRuns();
        await using var worker = await SchedulerHost.StartAsync("w", azurite.ConnectionString, container, EveryTenSeconds, time, runs,
            new Dictionary<string, string?> { ["Schedules:Sweep:CatchUp"] = policy, ["Schedules:Sweep:MaxCatchUp"] = "2" });
        await Eventually.WaitUntilAsync(() => worker.WaitingFor == First.AddSeconds(40), Deadline, "the worker waits for the next occurrence");

        Assert.Equal(expectedSeconds.Select(s => First.AddSeconds(s)), runs.Runs.Select(r => r.Occurrence));
    }

    [Fact]
    public async Task A_first_start_ever_catches_nothing_up()
    {
        var time = new FakeTimeProvider(First.AddSeconds(35));
        var runs = new JobRuns();
        await using var worker = await SchedulerHost.StartAsync("w", azurite.ConnectionString, AzuriteFixture.UniqueName("c"), EveryTenSeconds, time, runs,
            new Dictionary<string, string?> { ["Schedules:Sweep:CatchUp"] = "All" });
        await Eventually.WaitUntilAsync(() => worker.WaitingFor == First.AddSeconds(40), Deadline, "the worker waits for the next occurrence");

        Assert.Empty(runs.Runs);
    }
}
