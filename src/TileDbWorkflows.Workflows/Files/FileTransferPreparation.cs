using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>The input of <see cref="PrepareFileTransferActivity"/>: the request (inline or by reference), the instance id and the settings snapshot.</summary>
public sealed record FileTransferPreparation(FileTransferRequest Request, string Owner, WorkflowOptions Settings);
