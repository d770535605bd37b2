using System.Text.RegularExpressions;
using Microsoft.DurableTask;
using Moq;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Telemetry;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>The TileDbWorkflows meter: workflow items and durations, TileDB calls, and the limiter's gauges per token hash.</summary>
public sealed partial class MetricsTests : IAsyncLifetime
{
    private const string ApiKey = "metrics-test-api-key-0123456789";

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task An_onboarding_records_TileDB_calls_and_the_limiter_gauges_tagged_by_token_hash_never_the_token()
    {
        using var recorder = new MeasurementRecorder();
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(TelemetryRun.Settings(emulator, ApiKey));

        await TelemetryRun.OnboardAsync(worker, ApiKey, "metered-1");
        recorder.Observe();

        var measurements = recorder.Measurements.ToArray();
        Assert.Contains(measurements, m => m.Instrument == "tiledb.calls" && Equals(m.Tags["tiledb.operation"], "POST /v1/arrays/{namespace}/{asset}/register"));
        foreach (var gauge in new[] { "tiledb.concurrency.limit", "tiledb.concurrency.in_flight", "tiledb.concurrency.waiting" })
        {
            var observed = measurements.Where(m => m.Instrument == gauge).ToArray();
            Assert.NotEmpty(observed);
            Assert.All(observed, m => Assert.Matches(TokenHash(), (string)m.Tags[WorkflowMetrics.LimiterTag]!));
        }
        Assert.Contains(measurements, m => m.Instrument == "tiledb.concurrency.limit" && m.Value >= 1);
        Assert.All(measurements, m => Assert.All(m.Tags.Values, v => Assert.DoesNotContain(TelemetryRun.TileDbToken, v?.ToString() ?? string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_report_counts_items_by_workflow_and_outcome_and_records_the_duration()
    {
        using var recorder = new MeasurementRecorder();
        var workflow = "MetricsProbe-" + Environment.CurrentManagedThreadId + "-" + Environment.TickCount64;
        var report = new WorkflowReport(workflow, DryRun: false,
        [
            new ItemResult("invite", "a", ItemOutcome.Created),
            new ItemResult("invite", "b", ItemOutcome.Created),
            new ItemResult("invite", "c", ItemOutcome.Skipped),
            new ItemResult("invite", "d", ItemOutcome.Failed, "rejected"),
        ]);

        WorkflowMetrics.RecordReport(report, TimeSpan.FromSeconds(3));

        var items = recorder.Of("workflow.items", WorkflowMetrics.WorkflowTag, workflow).ToArray();
        Assert.Equal(2, items.Where(m => Equals(m.Tags[WorkflowMetrics.OutcomeTag], "created")).Sum(m => m.Value));
        Assert.Equal(1, items.Where(m => Equals(m.Tags[WorkflowMetrics.OutcomeTag], "skipped")).Sum(m => m.Value));
        Assert.Equal(1, items.Where(m => Equals(m.Tags[WorkflowMetrics.OutcomeTag], "failed")).Sum(m => m.Value));
        Assert.DoesNotContain(items, m => Equals(m.Tags[WorkflowMetrics.OutcomeTag], "updated"));
        var duration = Assert.Single(recorder.Of("workflow.duration", WorkflowMetrics.WorkflowTag, workflow));
        Assert.Equal(3, duration.Value);
        Assert.Equal("Completed", duration.Tags[WorkflowMetrics.StatusTag]);
    }

    [Fact]
    public void A_replaying_orchestrator_records_nothing_and_the_live_run_records_once()
    {
        using var recorder = new MeasurementRecorder();
        var workflow = "ReplayProbe-" + Environment.TickCount64;
        var report = new WorkflowReport(workflow, DryRun: true, [new ItemResult("share", "x", ItemOutcome.Updated)]);
        var started = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var context = new Mock<TaskOrchestrationContext>();
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(started.AddMinutes(2));

        context.SetupGet(c => c.IsReplaying).Returns(true);
        WorkflowMetrics.RecordReport(context.Object, report, started);
        Assert.Empty(recorder.Of("workflow.items", WorkflowMetrics.WorkflowTag, workflow));

        context.SetupGet(c => c.IsReplaying).Returns(false);
        WorkflowMetrics.RecordReport(context.Object, report, started);
        var item = Assert.Single(recorder.Of("workflow.items", WorkflowMetrics.WorkflowTag, workflow));
        Assert.Equal(true, item.Tags[WorkflowMetrics.DryRunTag]);
        Assert.Equal(120, Assert.Single(recorder.Of("workflow.duration", WorkflowMetrics.WorkflowTag, workflow)).Value);
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex TokenHash();
}
