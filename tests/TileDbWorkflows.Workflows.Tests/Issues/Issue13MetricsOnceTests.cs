using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Telemetry;
using TileDbWorkflows.Workflows.Tests.Onboarding;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 13: the item metrics of an onboarding run were counted twice, by the parent and by the sharing and invitation
/// sub-workflows it ran; its phases on the list engine record nothing, the parent records each item once.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class Issue13MetricsOnceTests
{
    [Fact]
    public async Task An_onboarding_run_counts_each_item_once_under_its_own_name()
    {
        var recorded = new ConcurrentQueue<(long Count, string? Workflow)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkflowMetrics.MeterName && instrument.Name == "workflow.items")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? workflow = null;
            foreach (var tag in tags)
            {
                if (tag.Key == WorkflowMetrics.WorkflowTag)
                {
                    workflow = tag.Value as string;
                }
            }
            recorded.Enqueue((value, workflow));
        });
        listener.Start();
        await using var host = await WorkflowHost.StartAsync();

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(OnboardingWorkflowTests.FullPlan(), DryRun: false)));

        Assert.All(recorded, r => Assert.Equal(nameof(OnboardingOrchestrator), r.Workflow));
        Assert.Equal(report.Summary.Total, recorded.Sum(r => r.Count));
    }
}
