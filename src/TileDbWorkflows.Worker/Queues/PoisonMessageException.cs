namespace TileDbWorkflows.Worker.Queues;

/// <summary>
/// Thrown by a handler for a message that can never succeed (malformed, fails validation): retrying would only
/// delay it, so the listener moves it to the poison queue immediately, body intact.
/// </summary>
public sealed class PoisonMessageException : Exception
{
    public PoisonMessageException()
    {
    }

    public PoisonMessageException(string message)
        : base(message)
    {
    }

    public PoisonMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
