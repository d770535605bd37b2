namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>What became of one queue message; hosts move <see cref="Malformed"/> messages to the poison queue at once.</summary>
public enum QueueMessageOutcome
{
    Started,
    AlreadyStarted,
    Malformed,
}
