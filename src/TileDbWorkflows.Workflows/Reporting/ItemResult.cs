namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>One line of a workflow report.</summary>
/// <param name="Phase">The workflow phase the item belongs to, e.g. <c>arrays</c> or <c>invitations</c>.</param>
/// <param name="Item">What the item is, in words a user recognises (a URI, a recipient, a task id).</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Reason">Why it was skipped or failed; null when it simply succeeded.</param>
public sealed record ItemResult(string Phase, string Item, ItemOutcome Outcome, string? Reason = null)
{
    /// <summary>
    /// On a <see cref="ItemOutcome.Retry"/> line only: true when the transient failure was a read (the look before the
    /// act), so no change of the item was tried and the list engine does not count it against the item's attempts. Null
    /// otherwise (never written to a report).
    /// </summary>
    public bool? FailedOnRead { get; init; }

    public static ItemResult Created(string phase, string item, string? reason = null) => new(phase, item, ItemOutcome.Created, reason);

    public static ItemResult Updated(string phase, string item, string? reason = null) => new(phase, item, ItemOutcome.Updated, reason);

    public static ItemResult Deleted(string phase, string item, string? reason = null) => new(phase, item, ItemOutcome.Deleted, reason);

    public static ItemResult Skipped(string phase, string item, string reason) => new(phase, item, ItemOutcome.Skipped, reason);

    public static ItemResult Failed(string phase, string item, string reason) => new(phase, item, ItemOutcome.Failed, reason);

    /// <summary>A transient failure of this item only, for the list engine to retry (never in a final report).</summary>
    public static ItemResult Retry(string phase, string item, string reason) => new(phase, item, ItemOutcome.Retry, reason);
}
