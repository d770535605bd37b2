using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>
/// What a list workflow carries across <c>ContinueAsNew</c>: the next chunk and running totals, never the lines.
/// </summary>
/// <param name="Job">The run.</param>
/// <param name="NextChunk">The first chunk the next generation starts.</param>
/// <param name="Summary">Counts of every chunk finished so far.</param>
/// <param name="Failures">The first few failed items.</param>
public sealed record ListCursor(ListJob Job, int NextChunk, ReportSummary Summary, IReadOnlyList<ItemResult> Failures)
{
    public static ListCursor Start(ListJob job) => new(job, 0, ReportSummary.Empty, []);
}
