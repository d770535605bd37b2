using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Scheduling;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.EndToEnd;

/// <summary>Two worker processes on one task hub: they share the work, and a schedule occurrence runs once, even when its claimant is SIGKILLed right after the claim.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed partial class ScaleOutEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Bulk_invitation_of_thousands_completes_with_activities_run_by_both_workers()
    {
        const int recipients = 3000;
        var settings = EndToEndSettings.For(azurite.ConnectionString, emulator, AzuriteFixture.UniqueName("hub"), AzuriteFixture.UniqueName("q"));
        // Thirty batches of 100 (not the default 500) give both workers' dispatchers enough activities to share.
        settings["Workflows:InvitationBatchSize"] = "100";
        // Two activity slots per worker and 300 ms per batch: one worker alone needs over 4 s for the thirty batches,
        // so the other has long enough to poll even on a loaded machine (a worker with 16 slots drained them in 1 s).
        settings["Durable:MaxConcurrentActivities"] = "2";
        var workers = await Task.WhenAll(WorkerProcess.StartAsync("worker-a", settings), WorkerProcess.StartAsync("worker-b", settings));
        await using var a = workers[0];
        await using var b = workers[1];
        // TileDB answers each invitation batch in 300 ms, so batches overlap and both workers' activity dispatchers get some.
        await emulator.Admin.SetFaultsAsync(new FaultSpec
        {
            Rules = [new FaultRule { Route = "/v1/invitations/*", Method = "POST", Kind = "latency", LatencyMs = 300 }],
        });
        var request = new
        {
            requestId = "bulk-" + Guid.NewGuid().ToString("N")[..8],
            kind = "array",
            target = "tiledb://TileDB-Inc/quickstart_dense",
            recipients = Enumerable.Range(0, recipients).Select(i => string.Create(CultureInfo.InvariantCulture, $"user{i:D4}@example.org")).ToArray(),
            actions = new[] { "read" },
        };

        using var response = await a.Http.PostAsJsonAsync(new Uri("api/invitations", UriKind.Relative), request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var instanceId = "invitations-" + request.requestId;
        var done = await WorkflowStatusReader.WaitForEndAsync(a, instanceId, Deadline);
        Assert.True(WorkflowStatusReader.Status(done) == "Completed", b.Describe(a.Describe($"the workflow ended {done}")));
        var items = done.GetProperty("report").GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(recipients, items.Length);
        // Activities are at-least-once: when partitions move between the two workers a batch can run again, and then
        // reports its recipients as already invited. Nobody is invited twice, nobody is missed.
        Assert.All(items, item => Assert.True(
            item.GetProperty("outcome").GetString() == "created"
            || (item.GetProperty("outcome").GetString() == "skipped" && item.GetProperty("reason").GetString() == "already invited"),
            item.ToString()));
        var invited = (await emulator.Admin.GetStateAsync()).GetProperty("invitations").EnumerateArray()
            .Select(i => i.GetProperty("email").GetString()).ToArray();
        Assert.Equal(recipients, invited.Length);
        Assert.Equal(request.recipients.Order(StringComparer.Ordinal), invited.Order(StringComparer.Ordinal));

        // Each process logs the activities it executes; both must have sent invitation batches.
        var sentByA = a.Lines("'SendInvitationsActivity' activity of orchestration ID").Count(line => line.EndsWith("started.", StringComparison.Ordinal));
        var sentByB = b.Lines("'SendInvitationsActivity' activity of orchestration ID").Count(line => line.EndsWith("started.", StringComparison.Ordinal));
        Assert.True(sentByA > 0 && sentByB > 0, $"invitation batches run: worker-a {sentByA}, worker-b {sentByB}; both should have run some");
        // 3000 recipients in batches of 100: at least 30 batches ran between the two.
        Assert.True(sentByA + sentByB >= recipients / 100, $"{sentByA} + {sentByB} batches for {recipients} recipients");
    }

    [Fact]
    public async Task Two_workers_run_each_schedule_occurrence_once()
    {
        var hub = AzuriteFixture.UniqueName("hub");
        // The sweep reads manifests from a container of this test's own (empty: the sweep has nothing to change).
        var manifests = AzuriteFixture.UniqueName("m");
        await new BlobContainerClient(azurite.ConnectionString, manifests).CreateIfNotExistsAsync();
        var settings = EndToEndSettings.For(azurite.ConnectionString, emulator, hub, AzuriteFixture.UniqueName("q"));
        settings["SweepSchedule"] = "*/3 * * * * *";
        settings["Sweep:ManifestContainer"] = manifests;
        settings["Sweep:ReportContainer"] = AzuriteFixture.UniqueName("r");
        // The claim a process loses is logged at Debug.
        settings["Logging:LogLevel:TileDbWorkflows.Worker.Scheduling"] = "Debug";
        var workers = await Task.WhenAll(WorkerProcess.StartAsync("worker-a", settings), WorkerProcess.StartAsync("worker-b", settings));
        await using var a = workers[0];
        await using var b = workers[1];

        // The first occurrence both processes competed for.
        string? occurrence = null;
        await Eventually.WaitUntilAsync(
            () => (occurrence = Decided(a).Intersect(Decided(b)).Order(StringComparer.Ordinal).FirstOrDefault()) is not null,
            TimeSpan.FromSeconds(30), b.Describe(a.Describe("both workers to compete for one occurrence")), TimeSpan.FromMilliseconds(100));

        var claimedByA = a.Lines($"claimed occurrence {occurrence}; running").Count;
        var claimedByB = b.Lines($"claimed occurrence {occurrence}; running").Count;
        Assert.True(claimedByA + claimedByB == 1, b.Describe(a.Describe($"occurrence {occurrence} claimed {claimedByA} + {claimedByB} times")));
        var winner = claimedByA == 1 ? a : b;
        var loser = claimedByA == 1 ? b : a;
        Assert.Single(loser.Lines($"occurrence {occurrence} already claimed by another process"));

        // One sweep for the occurrence: started once (by the winner only), and it completes.
        var instanceId = "sweep-at-" + DateTimeOffset.Parse(occurrence!, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var done = await WorkflowStatusReader.WaitForEndAsync(winner, instanceId, Deadline);
        Assert.True(WorkflowStatusReader.Status(done) == "Completed", winner.Describe($"the sweep ended {done}"));
        Assert.Single(winner.Lines($"Scheduled sweep for occurrence {occurrence} is instance {instanceId} (new: True)"));
        Assert.Empty(loser.Lines($"Scheduled sweep for occurrence {occurrence}"));
    }

    [Fact]
    public async Task Occurrence_whose_claimant_is_killed_after_the_claim_runs_exactly_once()
    {
        var hub = AzuriteFixture.UniqueName("hub");
        var manifests = AzuriteFixture.UniqueName("m");
        await new BlobContainerClient(azurite.ConnectionString, manifests).CreateIfNotExistsAsync();
        var claimsContainer = hub + "-claims";
        var settings = EndToEndSettings.For(azurite.ConnectionString, emulator, hub, AzuriteFixture.UniqueName("q"));
        settings["SweepSchedule"] = "*/5 * * * * *";
        settings["Schedules:Sweep:LeaseDuration"] = "00:00:15";
        settings["Sweep:ManifestContainer"] = manifests;
        settings["Sweep:ReportContainer"] = AzuriteFixture.UniqueName("r");
        var workers = await Task.WhenAll(WorkerProcess.StartAsync("worker-a", settings), WorkerProcess.StartAsync("worker-b", settings));
        await using var a = workers[0];
        await using var b = workers[1];

        // Whoever claims first is killed the moment its log says so: before, during or just after starting the sweep.
        string? occurrence = null;
        WorkerProcess? victim = null;
        await Eventually.WaitUntilAsync(
            () =>
            {
                foreach (var worker in workers)
                {
                    if (worker.Lines("claimed occurrence ").Select(l => Claimed().Match(l)).FirstOrDefault(m => m.Success) is { } match)
                    {
                        occurrence = match.Groups["occurrence"].Value;
                        victim = worker;
                        worker.Kill();
                        return true;
                    }
                }
                return false;
            },
            TimeSpan.FromSeconds(30), b.Describe(a.Describe("a worker to claim an occurrence")), TimeSpan.FromMilliseconds(10));
        var survivor = victim == a ? b : a;

        // The survivor's claim blob for that occurrence ends completed: run to the end once (by the victim or, after the
        // lease expired, by the survivor).
        var when = DateTimeOffset.Parse(occurrence!, CultureInfo.InvariantCulture);
        var claims = new OccurrenceClaims(new BlobContainerClient(azurite.ConnectionString, claimsContainer), "observer");
        await Eventually.WaitUntilAsync(
            async ct => (await claims.ListAsync("Sweep", ct)).Contains((when, true)),
            Deadline, survivor.Describe(victim!.Describe($"occurrence {occurrence} to be marked completed")), TimeSpan.FromMilliseconds(250));

        // One sweep instance for the occurrence, started new at most once across both processes, and it completes.
        var instanceId = "sweep-at-" + when.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var done = await WorkflowStatusReader.WaitForEndAsync(survivor, instanceId, Deadline);
        Assert.True(WorkflowStatusReader.Status(done) == "Completed", survivor.Describe($"the sweep ended {done}"));
        var startedNew = a.Lines($"Scheduled sweep for occurrence {occurrence} is instance {instanceId} (new: True)").Count
            + b.Lines($"Scheduled sweep for occurrence {occurrence} is instance {instanceId} (new: True)").Count;
        Assert.True(startedNew <= 1, survivor.Describe(victim.Describe($"the sweep of {occurrence} was started new {startedNew} times")));
    }

    /// <summary>Occurrences this worker either claimed or saw claimed by another process.</summary>
    private static IEnumerable<string> Decided(WorkerProcess worker) =>
        worker.Lines("occurrence ").Select(line => DecidedOccurrence().Match(line)).Where(m => m.Success).Select(m => m.Groups["occurrence"].Value);

    [GeneratedRegex(@"Job Sweep: (?:claimed )?occurrence (?<occurrence>\S+)(?:; running| already claimed)")]
    private static partial Regex DecidedOccurrence();

    [GeneratedRegex(@"Job Sweep: claimed occurrence (?<occurrence>\S+); running")]
    private static partial Regex Claimed();
}
