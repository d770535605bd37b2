namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// TileDB Cloud answered 401: every further call would fail the same way, so orchestrators never retry this and end
/// the workflow with a clear reason instead.
/// </summary>
public sealed class TileDbCredentialsRejectedException : Exception
{
    public TileDbCredentialsRejectedException()
        : this("TileDB Cloud rejected the credentials (HTTP 401)")
    {
    }

    public TileDbCredentialsRejectedException(string message)
        : base(message)
    {
    }

    public TileDbCredentialsRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
