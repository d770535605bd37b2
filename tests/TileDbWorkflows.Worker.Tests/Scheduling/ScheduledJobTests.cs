using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Hosting.Scheduling;
using TileDbWorkflows.Worker.Scheduling;

namespace TileDbWorkflows.Worker.Tests.Scheduling;

[Collection(AzuriteFixture.Collection)]
public sealed class ScheduledJobTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private const string EveryTenSeconds = TestSchedule.EveryTenSeconds;
    private static readonly DateTimeOffset Start = TestSchedule.Start;
    private static readonly DateTimeOffset First = TestSchedule.First;

    [Fact]
    public async Task Two_schedulers_run_each_occurrence_exactly_once()
    {
        var time = new FakeTimeProvider(Start);
        var runs = new JobRuns();
        var container = AzuriteFixture.UniqueName("c");
        await using var a = await SchedulerHost.StartAsync("a", azurite.ConnectionString, container, EveryTenSeconds, time, runs);
        await using var b = await SchedulerHost.StartAsync("b", azurite.ConnectionString, container, EveryTenSeconds, time, runs);

        var occurrences = Enumerable.Range(0, 5).Select(i => First.AddSeconds(10 * i)).ToList();
        foreach (var occurrence in occurrences)
        {
            await BothWaitingFor(a, b, occurrence);
            time.SetUtcNow(occurrence);
        }
        await BothWaitingFor(a, b, occurrences[^1].AddSeconds(10));

        // Every occurrence once, none twice, none skipped, and each run got its occurrence, not a clock reading.
        Assert.Equal(occurrences, runs.Runs.Select(r => r.Occurrence).Order());
        Assert.All(runs.Runs, r => Assert.Equal(r.Occurrence, r.RanAt));
    }

    [Fact]
    public async Task Claimant_dying_mid_run_leaves_no_gap_for_the_next_occurrence()
    {
        var time = new FakeTimeProvider(Start);
        var runs = new JobRuns { HangingInstance = "a" };
        var container = AzuriteFixture.UniqueName("c");

        // A alone claims the first occurrence and hangs in it.
        var a = await SchedulerHost.StartAsync("a", azurite.ConnectionString, container, EveryTenSeconds, time, runs);
        await Eventually.WaitUntilAsync(() => a.WaitingFor == First, Deadline, "a waits for the first occurrence");
        time.SetUtcNow(First);
        await Eventually.WaitUntilAsync(() => runs.Runs.Count == 1, Deadline, "a claims and starts the first occurrence");

        await using var b = await SchedulerHost.StartAsync("b", azurite.ConnectionString, container, EveryTenSeconds, time, runs);
        var second = First.AddSeconds(10);
        await Eventually.WaitUntilAsync(() => b.WaitingFor == second, Deadline, "b waits for the second occurrence");

        // A dies holding the first occurrence.
        await a.KillAsync();
        time.SetUtcNow(second);

        await Eventually.WaitUntilAsync(() => runs.Runs.Count == 2, Deadline, "b runs the second occurrence");
        var runOfSecond = runs.Runs.Last();
        Assert.Equal(new JobRun("b", second, second), runOfSecond); // On time: no lease to wait out.
        Assert.Equal(new JobRun("a", First, First), runs.Runs.First());

        runs.Release.SetResult();
        await a.DisposeAsync();
    }

    [Fact]
    public async Task Claim_is_refused_for_an_occurrence_already_claimed_or_older_than_the_stored_one()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueName("c"));
        var one = new OccurrenceClaims(container, "one");
        var two = new OccurrenceClaims(container, "two");
        await one.EnsureContainerAsync(CancellationToken.None);

        Assert.True(await one.TryClaimAsync("job", First, CancellationToken.None));   // If-None-Match: *
        Assert.False(await two.TryClaimAsync("job", First, CancellationToken.None));  // Same occurrence.
        Assert.True(await two.TryClaimAsync("job", First.AddSeconds(10), CancellationToken.None)); // If-Match after reading an older one.
        Assert.False(await one.TryClaimAsync("job", First, CancellationToken.None));  // A late claimant of an old occurrence.
        Assert.True(await one.TryClaimAsync("other-job", First, CancellationToken.None)); // Jobs do not share claims.
    }

    [Fact]
    public async Task Concurrent_claims_of_one_occurrence_have_exactly_one_winner()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueName("c"));
        await container.CreateAsync();
        var claimants = Enumerable.Range(0, 8).Select(i => new OccurrenceClaims(container, $"p{i}")).ToList();

        foreach (var occurrence in new[] { First, First.AddSeconds(10), First.AddSeconds(20) })
        {
            var results = await Task.WhenAll(claimants.Select(c => c.TryClaimAsync("job", occurrence, CancellationToken.None)));
            Assert.Single(results, won => won);
        }
    }

    [Theory]
    [InlineData("0 0 2 * * *", true)]    // Functions' six-field form (SweepSchedule's default).
    [InlineData("0 2 * * *", true)]      // Classic five fields.
    [InlineData("0 0 0 2 * * *", false)] // Seven fields (Quartz years) are not accepted.
    [InlineData("every night", false)]
    [InlineData("", false)]
    public void Cron_expressions_with_five_or_six_fields_are_accepted(string expression, bool valid) =>
        Assert.Equal(valid, CronSchedule.TryParse(expression, out _));

    [Fact]
    public void Next_occurrence_skips_to_the_latest_due_after_a_stall()
    {
        var cron = CronSchedule.Parse(EveryTenSeconds);

        // On time: the one after the last handled occurrence.
        Assert.Equal(First.AddSeconds(10), ScheduledJobService<RecordingJob>.NextOccurrence(cron, First, First.AddSeconds(1)));
        // Stalled for 35 s: one catch-up run for the latest due occurrence, not three.
        Assert.Equal(First.AddSeconds(30), ScheduledJobService<RecordingJob>.NextOccurrence(cron, First, First.AddSeconds(35)));
    }

    private static Task BothWaitingFor(SchedulerHost a, SchedulerHost b, DateTimeOffset occurrence) =>
        Eventually.WaitUntilAsync(
            () => a.WaitingFor == occurrence && b.WaitingFor == occurrence,
            Deadline,
            $"both schedulers wait for {occurrence:o}");
}
