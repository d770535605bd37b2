using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>Writes one chunk's report lines (overwriting, so a retried write leaves the same document).</summary>
[DurableTask(nameof(WriteReportPartActivity))]
public sealed class WriteReportPartActivity(WorkflowPayloads payloads) : TaskActivity<ReportPart, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, ReportPart input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await payloads.WriteAsync(input.Blob, input.Lines).ConfigureAwait(false);
        return input.Blob;
    }
}
