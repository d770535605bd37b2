using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>
/// Exports file arrays back to object storage. Exporting the same array to the same place again writes the same file,
/// so a retried batch does no harm; the array is checked first so a missing one fails that line only, and a transient
/// error marks only its export for the list engine to retry.
/// </summary>
[DurableTask(nameof(ExportFilesActivity))]
public sealed class ExportFilesActivity(ITileDbCloudClient client) : TaskActivity<FileExportBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "exports";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, FileExportBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ItemResult>(input.Exports.Count);
        foreach (var export in input.Exports)
        {
            var item = $"{export.Uri} -> {export.OutputUri}";
            results.Add(await ItemGuard.RunIsolatedAsync(Phase, item, async () =>
            {
                var uri = TileDbUri.Parse(export.Uri);
                var info = await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(uri)).ConfigureAwait(false);
                if (info is null)
                {
                    return ItemResult.Failed(Phase, item, $"{uri} does not exist or is not visible to this account");
                }
                if (info.FileType != FileType.File)
                {
                    return ItemResult.Failed(Phase, item, $"{uri} is not a file array");
                }
                if (input.DryRun)
                {
                    return ItemResult.Created(Phase, item, "would export");
                }
                var exported = await client.Files.ExportAsync(uri, export.OutputUri).ConfigureAwait(false);
                return exported.OutputUri is null || AssetUris.SameStorage(exported.OutputUri, export.OutputUri)
                    ? ItemResult.Created(Phase, item, "exported")
                    : ItemResult.Failed(Phase, item, $"TileDB wrote the export to {exported.OutputUri} instead");
            }).ConfigureAwait(false));
        }
        return results;
    }
}
