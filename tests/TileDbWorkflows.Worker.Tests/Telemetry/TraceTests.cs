using System.Diagnostics;
using OpenTelemetry.Trace;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>An onboarding started over HTTP is one trace, from the request down to every TileDB call, and carries no secret.</summary>
public sealed class TraceTests : IAsyncLifetime
{
    private const string ApiKey = "trace-test-api-key-0123456789";
    private const string TileDbToken = TelemetryRun.TileDbToken;

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task An_onboarding_started_over_HTTP_is_one_trace_through_orchestrator_activities_and_TileDB_calls()
    {
        var spans = new List<Activity>();
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(
            TelemetryRun.Settings(emulator, ApiKey),
            builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));

        await TelemetryRun.OnboardAsync(worker, ApiKey, "traced-1");
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
}
