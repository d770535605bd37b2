namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>TileDB task statuses as they appear on the wire, and which of them end a task.</summary>
public static class TaskStatuses
{
    public const string Queued = "QUEUED";
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
    public const string Cancelled = "CANCELLED";
    public const string Denied = "DENIED";
    public const string ResourcesUnavailable = "RESOURCES_UNAVAILABLE";
    public const string Unknown = "UNKNOWN";

    /// <summary>A task the caller may not see (or that does not exist) is reported as this, and is terminal.</summary>
    public const string NotFound = "NOT_FOUND";

    public static bool IsTerminal(string status) =>
        status is Completed or Failed or Cancelled or Denied or ResourcesUnavailable or NotFound;

    public static bool IsActive(string? status) => status is Queued or Running or Unknown;
}
