namespace TileDbWorkflows.Workflows.Common;

/// <summary>What a workflow does with a TileDB error: the decision <see cref="CloudErrors.OutcomeOf"/> takes from its kind.</summary>
public enum CloudErrorOutcome
{
    /// <summary>Transient (capacity, rate limit, server fault, unknown): rethrown so the durable retry policy runs the activity again.</summary>
    Retry = 0,

    /// <summary>Permanent for this item (invalid, forbidden, not found, conflict): a Failed line for it, never retried.</summary>
    FailItem,

    /// <summary>The credentials are missing or rejected: nothing else can succeed, so the workflow fails without retrying.</summary>
    FailWorkflow,
}
