using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.DurableTask.Client;
using OpenTelemetry.Trace;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Tests.EndToEnd;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>An onboarding started over HTTP is one trace, from the request down to every TileDB call, and carries no secret.</summary>
public sealed class TraceTests : IAsyncLifetime
{
    private const string ApiKey = "trace-test-api-key-0123456789";
    private const string TileDbToken = "demo-token";

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task An_onboarding_started_over_HTTP_is_one_trace_through_orchestrator_activities_and_TileDB_calls()
    {
        var spans = new List<Activity>();
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(
            Settings(),
            builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/onboarding")
        {
            Content = new StringContent(ExpectedOnboarding.SamplePlan, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", ApiKey);
        request.Headers.Add("Idempotency-Key", "traced-1");
        using var response = await worker.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.WaitUntilAsync(
            async ct => (await worker.Client.GetInstanceAsync("onboarding-traced-1", ct))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            TimeSpan.FromSeconds(90), "the onboarding to complete", TimeSpan.FromMilliseconds(200));
        worker.App.Services.GetRequiredService<TracerProvider>().ForceFlush();

        Activity[] snapshot;
        lock (spans)
        {
            snapshot = [.. spans];
        }
        // Listeners are process-wide, so other tests' spans are here too: this test's trace is the one that scheduled its instance.
        var scheduled = Assert.Single(snapshot, s => s.DisplayName == "create_orchestration:OnboardingOrchestrator"
            && (string?)s.GetTagItem("durabletask.task.instance_id") == "onboarding-traced-1");
        var trace = snapshot.Where(s => s.TraceId == scheduled.TraceId).ToArray();
        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/onboarding" && s.Parent is null);
        var names = trace.Select(s => $"{s.Source.Name} {s.DisplayName}").ToArray();
        var described = string.Join("\n", names);

        Assert.Contains(trace, s => s.Source.Name == "Microsoft.DurableTask" && s.DisplayName.Contains("OnboardingOrchestrator", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Source.Name == "Microsoft.DurableTask" && s.DisplayName.Contains("RegisterArraysActivity", StringComparison.Ordinal));
        // The sharing sub-orchestration and its activity belong to the same trace.
        Assert.True(trace.Any(s => s.DisplayName.Contains("ShareBatchActivity", StringComparison.Ordinal)), described);
        var tileDb = trace.Where(s => s.Source.Name == "TileDbWorkflows.Cloud").ToArray();
        Assert.True(tileDb.Length > 0, described);
        Assert.Contains(tileDb, s => s.DisplayName == "POST /v1/arrays/{namespace}/{asset}/register" && (string?)s.GetTagItem("tiledb.namespace") == "demo");
        Assert.All(tileDb, s => Assert.NotNull(s.GetTagItem("http.response.status_code")));

        // No token, key or password in any attribute of any span (of this trace or any other).
        foreach (var span in snapshot)
        {
            foreach (var (key, value) in span.TagObjects)
            {
                var text = value?.ToString() ?? string.Empty;
                Assert.False(text.Contains(TileDbToken, StringComparison.Ordinal) || text.Contains(ApiKey, StringComparison.Ordinal),
                    $"{span.DisplayName} {key}={text}");
            }
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Worker:ApiKey"] = ApiKey,
        ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
        ["TileDb:ApiToken"] = TileDbToken,
        ["TileDb:UseConfigFile"] = "false",
        ["Workflows:RetryFirstInterval"] = "00:00:01",
        ["Workflows:TaskPollInterval"] = "00:00:01",
        ["Workflows:TaskPollBackoffCoefficient"] = "1",
    };
}
