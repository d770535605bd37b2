namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// Ends an orchestration as Failed with a message a user can act on (bad credentials, retries exhausted), instead of
/// the engine's nested "task failed" wording. Its message passes unchanged through parent orchestrations.
/// </summary>
public sealed class WorkflowFailedException : Exception
{
    public WorkflowFailedException()
    {
    }

    public WorkflowFailedException(string message)
        : base(message)
    {
    }

    public WorkflowFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
