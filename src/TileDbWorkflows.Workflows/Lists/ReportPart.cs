using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>One chunk's report lines, to write under <paramref name="Blob"/>.</summary>
public sealed record ReportPart(string Blob, IReadOnlyList<ItemResult> Lines);
