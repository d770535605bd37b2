using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>
/// Imports files into file arrays and exports file arrays back on the list engine (Workflows/Lists): each list runs as
/// a <see cref="ListOrchestrator"/> (<c>{id}:files</c>, <c>{id}:exports</c>) in chunks of
/// <see cref="WorkflowOptions.ChunkSize"/> and batches of <see cref="WorkflowOptions.BatchSize"/>, observe then act,
/// per-file retries, one report line per file. A request too big to schedule inline arrives by reference.
/// </summary>
[DurableTask(nameof(FileTransferOrchestrator))]
public sealed class FileTransferOrchestrator : TaskOrchestrator<FileTransferRequest, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, FileTransferRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var startedAt = context.CurrentUtcDateTime;
        var settings = await Durable.LoadSettingsAsync(context);
        var jobs = await Durable.CallAsync<FileTransferJobs>(context, settings, nameof(PrepareFileTransferActivity),
            new FileTransferPreparation(input, context.InstanceId, settings), "reading the request");
        var progress = WorkflowProgress.Start((ImportFilesActivity.Phase, jobs.ImportCount), (ExportFilesActivity.Phase, jobs.ExportCount));
        context.SetCustomStatus(progress);
        var parts = new List<WorkflowReport>();
        foreach (var (phase, job, suffix) in new[] { (ImportFilesActivity.Phase, jobs.Imports, "files"), (ExportFilesActivity.Phase, jobs.Exports, "exports") })
        {
            if (job is null)
            {
                continue;
            }
            context.SetCustomStatus(progress = progress.Enter(phase));
            var part = await ListOrchestrator.CallAsync(context, settings, nameof(FileTransferOrchestrator), job, $"{context.InstanceId}:{suffix}");
            parts.Add(part);
            context.SetCustomStatus(progress = progress.Advance(phase, part.Summary));
        }
        var report = WorkflowReport.Combine(nameof(FileTransferOrchestrator), dryRun: false, [], parts, settings.ReportFailuresShown);
        WorkflowMetrics.RecordReport(context, report, startedAt);
        return report;
    }
}
