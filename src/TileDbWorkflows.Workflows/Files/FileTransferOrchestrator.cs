using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>
/// Imports files into file arrays and exports file arrays back, in batches of <see cref="WorkflowOptions.BatchSize"/>
/// with bounded parallelism, one report line per file.
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
        var progress = WorkflowProgress.Start((ImportFilesActivity.Phase, input.Imports.Count), (ExportFilesActivity.Phase, input.Exports.Count));
        context.SetCustomStatus(progress);
        var items = new List<ItemResult>();

        var imports = input.Imports.Chunk(settings.BatchSize).Select(b => new FileImportBatch(input.Namespace, b, DryRun: false)).ToArray();
        foreach (var batch in await Durable.RunBoundedAsync(imports, settings.MaxParallelActivities,
            (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(ImportFilesActivity), b, "importing files"),
            done => context.SetCustomStatus(progress = progress.Advance(ImportFilesActivity.Phase, done))))
        {
            items.AddRange(batch);
        }

        var exports = input.Exports.Chunk(settings.BatchSize).Select(b => new FileExportBatch(b)).ToArray();
        foreach (var batch in await Durable.RunBoundedAsync(exports, settings.MaxParallelActivities,
            (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(ExportFilesActivity), b, "exporting files"),
            done => context.SetCustomStatus(progress = progress.Advance(ExportFilesActivity.Phase, done))))
        {
            items.AddRange(batch);
        }
        var report = new WorkflowReport(nameof(FileTransferOrchestrator), DryRun: false, items);
        WorkflowMetrics.RecordReport(context, report, startedAt);
        return report;
    }
}
