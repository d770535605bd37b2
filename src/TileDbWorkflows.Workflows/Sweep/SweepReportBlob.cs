using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>The report to write and the blob name (the instance id) it goes to in the report container.</summary>
public sealed record SweepReportBlob(string BlobName, WorkflowReport Report);
