namespace TileDbWorkflows.Emulator.State;

internal sealed class ArrayRecord : AssetRecord
{
    /// <summary>Per-array cap so a long load test cannot grow the log without bound.</summary>
    public const int MaxActivity = 2000;

    public string? FileType { get; set; }

    public Dictionary<string, string>? FileProperties { get; set; }

    public string? ArrayType { get; set; }

    public bool? ReadOnly { get; set; }

    public long Size { get; set; }

    /// <summary>Namespace shared with to its actions (lower-case ArrayActions).</summary>
    public Dictionary<string, List<string>> Shares { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ActivityRecord> Activity { get; } = [];

    public void Log(ActivityRecord record)
    {
        Activity.Add(record);
        if (Activity.Count > MaxActivity)
        {
            Activity.RemoveRange(0, Activity.Count - MaxActivity);
        }
    }
}
