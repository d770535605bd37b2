using TileDbWorkflows.Emulator.Arrays;

namespace TileDbWorkflows.Emulator.Tasks;

/// <summary>The <c>ArrayTask</c> model. <c>duration</c> is in nanoseconds.</summary>
public sealed record ArrayTaskWire
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required string Username { get; init; }

    public string? Description { get; init; }

    public ArrayInfoWire? ArrayMetadata { get; init; }

    public long Memory { get; init; }

    public long Cpu { get; init; }

    public required string Namespace { get; init; }

    public required string Status { get; init; }

    public string? StatusMessage { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? FinishTime { get; init; }

    public double Cost { get; init; }

    public double EgressCost { get; init; }

    public double AccessCost { get; init; }

    public string? QueryType { get; init; }

    public string? UdfCode { get; init; }

    public string? UdfLanguage { get; init; }

    public string? SqlQuery { get; init; }

    public required string Type { get; init; }

    public IReadOnlyList<ArrayActivityLogWire> Activity { get; init; } = [];

    public string? Logs { get; init; }

    public double Duration { get; init; }

    public string? ResultFormat { get; init; }

    public string? CloudProvider { get; init; }

    public string? CloudRegion { get; init; }
}
