namespace TileDbWorkflows.Emulator.State;

internal sealed class ArrayRecord
{
    /// <summary>Per-array cap so a long load test cannot grow the log without bound.</summary>
    public const int MaxActivity = 2000;

    public required string Id { get; init; }

    public required string Namespace { get; set; }

    public required string Name { get; set; }

    public required string Uri { get; set; }

    public string? Description { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? FileType { get; set; }

    public Dictionary<string, string>? FileProperties { get; set; }

    public string? ArrayType { get; set; }

    public string? AccessCredentialsName { get; set; }

    public string? LicenseId { get; set; }

    public string? LicenseText { get; set; }

    public bool? ReadOnly { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset LastAccessed { get; set; }

    public long Size { get; set; }

    public string? Region { get; set; }

    public bool Public { get; set; }

    /// <summary>Namespace shared with to its actions (lower-case ArrayActions).</summary>
    public Dictionary<string, List<string>> Shares { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Metadata { get; set; } = [];

    public List<ActivityRecord> Activity { get; } = [];

    public string TileDbUri => $"tiledb://{Namespace}/{Name}";

    public void Log(ActivityRecord record)
    {
        Activity.Add(record);
        if (Activity.Count > MaxActivity)
        {
            Activity.RemoveRange(0, Activity.Count - MaxActivity);
        }
    }
}
