using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>What one chunk answers its parent: counts, a few failures, and where its lines are; never the lines themselves.</summary>
/// <param name="Summary">Counts per outcome.</param>
/// <param name="Failures">At most <see cref="Common.WorkflowOptions.ReportFailuresShown"/> failed items.</param>
/// <param name="ReportBlob">The payload store document with its report lines.</param>
public sealed record ChunkOutcome(ReportSummary Summary, IReadOnlyList<ItemResult> Failures, string ReportBlob);
