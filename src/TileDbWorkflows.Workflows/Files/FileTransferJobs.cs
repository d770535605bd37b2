using TileDbWorkflows.Workflows.Lists;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>A transfer request as engine jobs (null for an empty list), with the list sizes for progress.</summary>
public sealed record FileTransferJobs(ListJob? Imports, ListJob? Exports)
{
    public int ImportCount => Imports?.Count ?? 0;

    public int ExportCount => Exports?.Count ?? 0;
}
