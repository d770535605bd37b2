using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Writes the report JSON to the report container (overwriting: a retried write leaves the same blob).</summary>
[DurableTask(nameof(WriteSweepReportActivity))]
public sealed class WriteSweepReportActivity(IBlobDocumentStore store, IOptions<SweepOptions> options) : TaskActivity<SweepReportBlob, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, SweepReportBlob input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var json = JsonSerializer.SerializeToUtf8Bytes(input.Report, WorkflowJson.Options);
        var written = await store.WriteBytesAsync(options.Value.ReportContainer, input.BlobName, json, new BlobDocumentWriteOptions { ContentType = "application/json" })
            .ConfigureAwait(false);
        return written.Address;
    }
}
