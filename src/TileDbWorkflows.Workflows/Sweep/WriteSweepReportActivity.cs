using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Writes the report JSON to the report container (overwriting: a retried write leaves the same blob).</summary>
[DurableTask(nameof(WriteSweepReportActivity))]
public sealed class WriteSweepReportActivity(SweepBlobServiceClientFactory blobs, IOptions<SweepOptions> options) : TaskActivity<SweepReportBlob, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, SweepReportBlob input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var container = blobs.GetClient().GetBlobContainerClient(options.Value.ReportContainer);
        await container.CreateIfNotExistsAsync().ConfigureAwait(false);
        var blob = container.GetBlobClient(input.BlobName);
        var json = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(input.Report, WorkflowJson.Options));
        await blob.UploadAsync(json, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }).ConfigureAwait(false);
        return blob.Uri.ToString();
    }
}
