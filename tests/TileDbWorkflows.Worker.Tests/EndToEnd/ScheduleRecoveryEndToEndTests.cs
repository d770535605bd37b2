using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Scheduling;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.EndToEnd;

/// <summary>Two worker processes; the one that claimed an occurrence is SIGKILLed right after the claim.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed partial class ScheduleRecoveryEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

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

    [GeneratedRegex(@"Job Sweep: claimed occurrence (?<occurrence>\S+); running")]
    private static partial Regex Claimed();
}
