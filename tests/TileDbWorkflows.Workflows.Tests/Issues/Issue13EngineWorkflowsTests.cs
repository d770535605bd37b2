using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;
using Xunit.Abstractions;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 13 for the workflows of several lists: an onboarding plan above the inline limit travels by reference, its
/// arrays, group passes, files, shares and invitations run on the list engine, and no instance's history grows with
/// the plan; file transfers are chunked; a crash after part of an array batch still labels this run's work created.
/// </summary>
public sealed class Issue13EngineWorkflowsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_6_MB_onboarding_plan_through_the_HTTP_start_is_exact_with_at_most_200_history_events_per_instance()
    {
        await using var host = await WorkflowHost.StartAsync(s =>
        {
            s["Workflows:BatchSize"] = "100";
            s["Workflows:ChunkSize"] = "500";
            s["Workflows:MaxParallelActivities"] = "8";
        });
        var padding = new string('x', 420);
        var arrays = Enumerable.Range(0, 12_000)
            .Select(i => new ArraySpec { Name = $"a{i:D5}", StorageUri = $"s3://bucket/arrays/a{i:D5}", Description = $"Array {i} {padding}" })
            .ToArray();
        var plan = new OnboardingPlan
        {
            Namespace = "demo",
            Arrays = arrays,
            // Three levels, listed children first: each pass must find the groups of the one before.
            Groups =
            [
                .. Enumerable.Range(0, 20).Select(i => new GroupSpec { Name = $"team-{i:D2}", Parent = $"dept-{i % 4}", Members = [$"a{i:D5}", $"a{i + 100:D5}"] }),
                .. Enumerable.Range(0, 4).Select(i => new GroupSpec { Name = $"dept-{i}", Parent = "company" }),
                new GroupSpec { Name = "company" },
            ],
            Shares = [new ShareSpec { Assets = arrays.Take(600).Select(a => a.Name).ToArray(), Users = ["alice", "bob"], Actions = ["read"] }],
            Invitations = [new InvitationSpec { Kind = InvitationKind.Array, Target = "a00000", Recipients = Enumerable.Range(0, 300).Select(i => $"r{i}@example.org").ToArray(), Actions = ["read"] }],
        };
        var body = JsonSerializer.Serialize(plan, WorkflowJson.Options);
        output.WriteLine($"plan: {body.Length:N0} bytes");
        Assert.True(body.Length > 6_000_000, "the plan must be above 6 MB (and so above the sidecar's 4 MB message limit)");

        var started = await ApiRouteTable.StartOnboarding.Handle(host.Api, host.Client,
            new ApiRequest(body, null, _ => null, null, "http://localhost/api", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = ((WorkflowStatus)started.Body!).Id;
        var instance = await host.WaitAsync(id, TimeSpan.FromMinutes(8));
        var report = WorkflowHost.ReportOf(instance);
        Assert.True(instance.SerializedInput!.Length < 64 * 1024, $"the orchestration's input is {instance.SerializedInput.Length} bytes: the plan must travel by reference");

        var groupLines = 25 + 24 + 40;
        var total = 12_000 + groupLines + 1_200 + 300;
        Assert.Equal(total, report.Summary.Created);
        Assert.Equal(total, report.Summary.Total);
        var lines = await host.FullReportAsync(id);
        Assert.Equal(total, lines.Count);
        Assert.All(lines, l => Assert.True(l.Outcome == ItemOutcome.Created, $"{l.Phase} {l.Item}: {l.Outcome} {l.Reason}"));
        Assert.Equal(12_000, lines.Count(l => l.Phase == "arrays"));
        Assert.Equal(groupLines, lines.Count(l => l.Phase == "groups"));

        var state = await host.StateAsync();
        Assert.Equal(12_000, state.GetProperty("arrays").EnumerateArray().Count(a => a.GetProperty("namespace").GetString() == "demo"));
        Assert.Equal(300, state.GetProperty("invitations").GetArrayLength());
        var groups = state.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("namespace").GetString() == "demo")
            .ToDictionary(g => g.GetProperty("name").GetString()!, g => g);
        Assert.Equal(25, groups.Count);
        Assert.Equal(4, groups["company"].GetProperty("members").GetArrayLength());
        Assert.Equal(5, groups["dept-0"].GetProperty("members").GetArrayLength());
        Assert.Equal(2, groups["team-07"].GetProperty("members").GetArrayLength());

        var histories = host.Backend.MaxHistoryEvents.Where(h => h.Key == id || h.Key.StartsWith(id + ":", StringComparison.Ordinal)).ToArray();
        output.WriteLine($"history events: parent {histories.Single(h => h.Key == id).Value}, max over {histories.Length} instances {histories.Max(h => h.Value)}");
        Assert.All(histories, h => Assert.InRange(h.Value, 1, 200));
        Assert.Contains(histories, h => h.Key.StartsWith(id + ":arrays:chunk-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_import_list_runs_in_chunks_and_is_exact()
    {
        await using var host = await WorkflowHost.StartAsync(s =>
        {
            s["Workflows:BatchSize"] = "50";
            s["Workflows:ChunkSize"] = "250";
        });
        var imports = Enumerable.Range(0, 1_200)
            .Select(i => new FileImportSpec { Name = $"doc{i:D4}", InputUri = $"s3://in/doc{i:D4}.pdf", OutputUri = $"s3://out/doc{i:D4}" })
            .ToArray();
        await host.Emulator.Admin.AddStorageObjectsAsync(imports.Select(f => f.InputUri));

        var instance = await host.RunAsync(nameof(FileTransferOrchestrator), new FileTransferRequest { Namespace = "demo", Imports = imports }, timeout: TimeSpan.FromMinutes(3));

        var report = WorkflowHost.ReportOf(instance);
        Assert.Equal(1_200, report.Summary.Created);
        var lines = await host.FullReportAsync(instance.InstanceId);
        Assert.Equal(1_200, lines.Select(l => l.Item).Distinct(StringComparer.Ordinal).Count());
        Assert.All(lines, l => Assert.Equal(ItemOutcome.Created, l.Outcome));
        Assert.Equal(1_200, (await host.StateAsync()).GetProperty("arrays").EnumerateArray().Count(a => a.TryGetProperty("file_type", out var t) && t.GetString() == "file"));
        var chunks = host.Backend.MaxHistoryEvents.Where(h => h.Key.StartsWith(instance.InstanceId + ":files:chunk-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, chunks.Length);
        Assert.All(host.Backend.MaxHistoryEvents.Where(h => h.Key.StartsWith(instance.InstanceId, StringComparison.Ordinal)), h => Assert.InRange(h.Value, 1, 200));
    }

    [Fact]
    public async Task Arrays_an_activity_registered_before_it_crashed_are_labelled_created_by_an_earlier_attempt()
    {
        var crashes = new CrashAfterRegistrations(crashAfter: [2, 5]);
        await using var host = await WorkflowHost.StartAsync(
            s => s["Workflows:BatchSize"] = "4",
            services: s => s.AddHttpClient(TileDbCloudClient.HttpClientName).AddHttpMessageHandler(() => crashes));
        var plan = new OnboardingPlan
        {
            Namespace = "demo",
            Arrays = Enumerable.Range(0, 8).Select(i => new ArraySpec { Name = $"k{i}", StorageUri = $"s3://b/k{i}" }).ToArray(),
        };
        await host.Emulator.Admin.ClearRequestsAsync();

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(plan, DryRun: false)));

        Assert.Equal(2, crashes.Crashed);
        Assert.Equal(8, report.Items.Count);
        Assert.All(report.Items, i => Assert.Equal(ItemOutcome.Created, i.Outcome));
        var earlier = report.Items.Where(i => i.Reason?.Contains("(by an earlier attempt of this run)", StringComparison.Ordinal) == true).ToArray();
        output.WriteLine(string.Join(Environment.NewLine, earlier.Select(i => $"{i.Item}: {i.Reason}")));
        Assert.InRange(earlier.Length, 2, 8);
        Assert.All(earlier, i => Assert.StartsWith("registered s3://b/k", i.Reason, StringComparison.Ordinal));
        var registered = await host.Emulator.Admin.GetRequestsAsync(method: "POST", path: "/v1/arrays/demo/*/register");
        Assert.Equal(8, registered.Count(r => r.Status is >= 200 and < 300));

        // Nothing that was true regresses: a rerun skips everything and writes nothing.
        await host.Emulator.Admin.ClearRequestsAsync();
        var rerun = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(plan, DryRun: false)));
        Assert.All(rerun.Items, i => Assert.Equal(ItemOutcome.Skipped, i.Outcome));
        Assert.Empty(await host.MutatingRequestsAsync());
    }

    /// <summary>Throws after the service registered an array, as a worker that dies mid-activity would leave it.</summary>
    private sealed class CrashAfterRegistrations(int[] crashAfter) : DelegatingHandler
    {
        private int applied;

        public int Crashed { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/register", StringComparison.Ordinal)
                && response.IsSuccessStatusCode && crashAfter.Contains(Interlocked.Increment(ref applied)))
            {
                Crashed++;
                throw new InvalidOperationException("simulated crash after the array was registered");
            }
            return response;
        }
    }
}
