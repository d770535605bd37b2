using System.Text.Json;

namespace TileDbWorkflows.Emulator.Tasks;

/// <summary>How a submitted task behaves: how long it queues and runs, and how it ends.</summary>
public sealed class TaskBehaviorRule
{
    /// <summary>Substring of the SQL query, UDF name or UDF code; null matches every task.</summary>
    public string? Match { get; set; }

    /// <summary>Task type to match (SQL, UDF, GENERIC_UDF); null matches any.</summary>
    public string? Type { get; set; }

    public int QueuedMs { get; set; } = 20;

    public int RunningMs { get; set; } = 100;

    /// <summary>COMPLETED, FAILED or RESOURCES_UNAVAILABLE.</summary>
    public string Outcome { get; set; } = "COMPLETED";

    public string? StatusMessage { get; set; }

    /// <summary>Body of GET /v1/task/{id}/result once completed; defaults to an empty JSON array.</summary>
    public JsonElement? Result { get; set; }

    /// <summary>How many submissions this rule applies to before it is used up; null means unlimited.</summary>
    public int? Count { get; set; }

    public int Used { get; set; }
}
