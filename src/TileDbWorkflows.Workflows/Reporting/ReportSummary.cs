namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>Counts per outcome, so a caller can judge a run without reading every item.</summary>
public sealed record ReportSummary(int Created, int Updated, int Deleted, int Skipped, int Failed)
{
    public int Total => Created + Updated + Deleted + Skipped + Failed;

    public ReportSummary Add(ReportSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Created + other.Created, Updated + other.Updated, Deleted + other.Deleted, Skipped + other.Skipped, Failed + other.Failed);
    }

    public static ReportSummary Empty { get; } = new(0, 0, 0, 0, 0);

    public static ReportSummary Of(IEnumerable<ItemResult> items)
    {
        int created = 0, updated = 0, deleted = 0, skipped = 0, failed = 0;
        foreach (var item in items)
        {
            switch (item.Outcome)
            {
                case ItemOutcome.Created: created++; break;
                case ItemOutcome.Updated: updated++; break;
                case ItemOutcome.Deleted: deleted++; break;
                case ItemOutcome.Skipped: skipped++; break;
                case ItemOutcome.Failed: failed++; break;
            }
        }
        return new ReportSummary(created, updated, deleted, skipped, failed);
    }
}
