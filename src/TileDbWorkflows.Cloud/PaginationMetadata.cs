using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud;

/// <summary>Paging information returned with list responses.</summary>
public sealed record PaginationMetadata
{
    /// <summary>1-based page number.</summary>
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long Page { get; init; }

    /// <summary>Items per page.</summary>
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long PerPage { get; init; }

    /// <summary>Total number of pages.</summary>
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long TotalPages { get; init; }

    /// <summary>Total number of items.</summary>
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long TotalItems { get; init; }
}
