using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>The report to write and the blob name (the instance id) it goes to in the report container.</summary>
/// <param name="BlobName">The report container's document.</param>
/// <param name="Report">The report, its lines inline or in the payload store.</param>
/// <param name="InlineItems">The workflow's output carries every line inline up to this many.</param>
public sealed record SweepReportBlob(string BlobName, WorkflowReport Report, int InlineItems = 0);
