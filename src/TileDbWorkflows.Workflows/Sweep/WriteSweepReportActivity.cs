using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Writes the whole report, every line gathered from the payload store, to the report container (overwriting: a
/// retried write leaves the same blob). Answers the workflow's output: every line inline when there are at most
/// <see cref="SweepReportBlob.InlineItems"/>, else the report as given (counts, failures, report blobs).
/// </summary>
[DurableTask(nameof(WriteSweepReportActivity))]
public sealed class WriteSweepReportActivity(IBlobDocumentStore store, IOptions<SweepOptions> options, WorkflowPayloads payloads) : TaskActivity<SweepReportBlob, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskActivityContext context, SweepReportBlob input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lines = new List<ItemResult>(input.Report.Summary.Total);
        await foreach (var line in payloads.ReportLinesAsync(input.Report).ConfigureAwait(false))
        {
            lines.Add(line);
        }
        var whole = new WorkflowReport(input.Report.Workflow, input.Report.DryRun, lines) { Failures = input.Report.Failures };
        var json = JsonSerializer.SerializeToUtf8Bytes(whole, WorkflowJson.Options);
        await store.WriteBytesAsync(options.Value.ReportContainer, input.BlobName, json, new BlobDocumentWriteOptions { ContentType = "application/json" })
            .ConfigureAwait(false);
        return lines.Count <= input.InlineItems ? whole : input.Report;
    }
}
