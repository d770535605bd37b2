using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>File exports on the list engine: items are <see cref="FileExportSpec"/>s; the header is empty.</summary>
public static class FileExportList
{
    public static ListFeature Feature { get; } = new(
        "file-exports",
        ExportFilesActivity.Phase,
        nameof(ExportFilesActivity),
        (_, items, dryRun) => new FileExportBatch(items.Select(i => i.Deserialize<FileExportSpec>(WorkflowJson.Options)!).ToArray(), dryRun),
        _ => "exporting files");
}
