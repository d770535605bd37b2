using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 13, per-item isolation: an item's attempts are tries at its change. Each retry round re-reads the item before
/// acting, and a round whose read failed changed nothing; counting it too made a share (2 reads + 1 PATCH) exhaust 12
/// attempts about 1 in 130 under the fault mix with the client's own retries off (15 of 2,000 failed, seed 13).
/// </summary>
public sealed class Issue13ItemAttemptsTests(ITestOutputHelper output)
{
    private const int RequestLogCapacity = 200_000;

    [Fact]
    public async Task With_client_retries_disabled_two_thousand_shares_under_the_fault_mix_all_get_through_in_12_attempts()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLogCapacity = RequestLogCapacity });
        await using var host = await WorkflowHost.StartAsync(s =>
        {
            s["Workflows:BatchSize"] = "50";
            s["Workflows:ChunkSize"] = "250";
            s["Workflows:RetryMaxAttempts"] = "12";
        },
        emulator: emulator,
        // The adaptive limiter would hold every request for each random 429's Retry-After (see Issue13ListsAtScaleTests).
        services: s => s.PostConfigure<TileDbCloudOptions>(o => o.Concurrency.Enabled = false));
        // TileDb:RetryMode=disabled: every fault reaches the list engine, which does all the retrying.
        host.Cloud.SetRetryMode(RetryMode.Disabled);
        var arrays = Enumerable.Range(0, 1000).Select(i => $"s{i:D4}").ToArray();
        await host.Emulator.Admin.LoadSeedAsync(new SeedWorld { Arrays = arrays.Select(a => new SeedArray { Namespace = "demo", Name = a, Uri = "s3://b/" + a }).ToList() });
        await host.Emulator.Admin.ClearRequestsAsync();
        await host.Emulator.Admin.SetFaultsAsync(new FaultSpec
        {
            Seed = 13,
            Rules =
            [
                new FaultRule { Route = "/v1/arrays/*", Kind = FaultKinds.Capacity, Probability = 0.20 },
                new FaultRule { Route = "/v1/arrays/*", Kind = FaultKinds.RateLimit, Probability = 0.10, RetryAfterSeconds = 1 },
                new FaultRule { Route = "/v1/arrays/*", Kind = FaultKinds.ServerError, Probability = 0.05 },
                new FaultRule { Route = "/v1/arrays/*", Kind = FaultKinds.Latency, Probability = 0.10, LatencyMs = 20 },
            ],
        });

        var instance = await host.RunAsync(nameof(SharingOrchestrator), new SharingRequest
        {
            Namespace = "demo",
            Shares = [new ShareSpec { Assets = arrays, Users = ["alice", "bob"], Actions = ["read"] }],
        }, timeout: TimeSpan.FromMinutes(3));

        var report = WorkflowHost.ReportOf(instance);
        var faults = await host.Emulator.Admin.GetFaultsAsync();
        var logged = await host.Emulator.Admin.GetRequestsAsync();
        output.WriteLine($"{logged.Count} requests; faults injected: " + string.Join(", ", faults.Rules.Select(r => $"{r.Kind} {r.Injected}")));
        Assert.True(report.Summary.Failed == 0, "failed: " + string.Join("; ", report.Failures.Take(5).Select(f => $"{f.Item}: {f.Reason}")));
        Assert.Equal(2000, report.Summary.Created);
        var lines = await host.FullReportAsync(instance.InstanceId);
        Assert.Equal(2000, lines.Count);
        Assert.All(lines, l => Assert.Equal(ItemOutcome.Created, l.Outcome));
        Assert.True(logged.Count < RequestLogCapacity, $"the emulator's request log is full ({logged.Count}): counts from it would miss the oldest requests");
        Assert.Equal(2000, logged.Count(r => r.Method == "PATCH" && r.Status is >= 200 and < 300));
    }

    [Fact]
    public async Task A_read_that_always_fails_still_ends_its_items_failed_after_a_bounded_number_of_rounds_saying_so()
    {
        await using var host = await WorkflowHost.StartAsync(s => s["Workflows:BatchSize"] = "4");
        await host.Emulator.Admin.LoadSeedAsync(new SeedWorld { Arrays = [new SeedArray { Namespace = "demo", Name = "g0", Uri = "s3://b/g0" }, new SeedArray { Namespace = "demo", Name = "g1", Uri = "s3://b/g1" }] });
        // Who g0 is shared with can never be read, so its shares are never tried; g1 goes through.
        await host.Emulator.Admin.SetFaultsAsync(new FaultSpec
        {
            Rules = [new FaultRule { Route = "/v1/arrays/demo/g0/share", Method = "GET", Kind = FaultKinds.Capacity }],
        });

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(SharingOrchestrator), new SharingRequest
        {
            Namespace = "demo",
            Shares = [new ShareSpec { Assets = ["g0", "g1"], Users = ["alice", "bob"], Actions = ["read"] }],
        }));

        var failed = report.Items.Where(i => i.Outcome == ItemOutcome.Failed).ToArray();
        Assert.Equal(["g0 -> alice", "g0 -> bob"], failed.Select(f => f.Item).Order(StringComparer.Ordinal));
        // RetryMaxAttempts 4 (the tests' fast settings) x ListEngine.RoundsPerAttempt rounds, none of them at the change.
        Assert.All(failed, f => Assert.EndsWith("(still failing after 12 attempts, 0 of them at the change itself, the others at the read before it)", f.Reason, StringComparison.Ordinal));
        Assert.Equal(2, report.Items.Count(i => i.Outcome == ItemOutcome.Created));
        Assert.Empty((await host.Emulator.Admin.GetRequestsAsync(method: "PATCH", path: "/v1/arrays/demo/g0/share")));
    }
}
