using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>File imports on the list engine (file transfers and onboarding's files phase): items are <see cref="FileImportSpec"/>s.</summary>
public static class FileImportList
{
    public static ListFeature Feature { get; } = new(
        "file-imports",
        ImportFilesActivity.Phase,
        nameof(ImportFilesActivity),
        (header, items, dryRun) => new FileImportBatch(
            header.Deserialize<FileImportHeader>(WorkflowJson.Options)!.Namespace, items.Select(i => i.Deserialize<FileImportSpec>(WorkflowJson.Options)!).ToArray(), dryRun),
        _ => "importing files");
}
