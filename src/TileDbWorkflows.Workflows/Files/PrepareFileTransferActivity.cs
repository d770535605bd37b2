using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>Reads a transfer request (from the payload store when it came by reference) and stores its lists for the engine.</summary>
[DurableTask(nameof(PrepareFileTransferActivity))]
public sealed class PrepareFileTransferActivity(WorkflowPayloads payloads) : TaskActivity<FileTransferPreparation, FileTransferJobs>
{
    public override async Task<FileTransferJobs> RunAsync(TaskActivityContext context, FileTransferPreparation input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request.InputBlob is { } blob ? await payloads.ReadAsync<FileTransferRequest>(blob).ConfigureAwait(false) : input.Request;
        var s = input.Settings;
        var imports = request.Imports.Count == 0 ? null : await ListPreparer.StoreAsync(payloads, FileImportList.Feature,
            new ListPreparation(input.Request.InputBlob ?? string.Empty, $"{input.Owner}:files", s.ChunkSize, s.BatchSize), new FileImportHeader(request.Namespace), request.Imports, dryRun: false)
            .ConfigureAwait(false);
        var exports = request.Exports.Count == 0 ? null : await ListPreparer.StoreAsync(payloads, FileExportList.Feature,
            new ListPreparation(input.Request.InputBlob ?? string.Empty, $"{input.Owner}:exports", s.ChunkSize, s.BatchSize), new { }, request.Exports, dryRun: false)
            .ConfigureAwait(false);
        return new FileTransferJobs(imports, exports);
    }
}
