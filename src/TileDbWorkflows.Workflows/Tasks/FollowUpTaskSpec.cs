namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>A SQL query or a registered UDF to run once everything else is in place, and wait for.</summary>
public sealed record FollowUpTaskSpec
{
    /// <summary>A label for the report.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>A SQL query; exactly one of <see cref="Sql"/> and <see cref="Udf"/> is set.</summary>
    public string? Sql { get; init; }

    /// <summary>A registered UDF as <c>namespace/name</c>.</summary>
    public string? Udf { get; init; }
}
