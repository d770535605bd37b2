using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Status of a TileDB Cloud task. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<ArrayTaskStatus>))]
public enum ArrayTaskStatus
{
    /// <summary>Unknown status (also the wire value <c>UNKNOWN</c>).</summary>
    [JsonStringEnumMemberName("UNKNOWN")]
    Unknown = 0,

    /// <summary>Wire value <c>QUEUED</c>.</summary>
    [JsonStringEnumMemberName("QUEUED")]
    Queued,

    /// <summary>Wire value <c>FAILED</c>.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,

    /// <summary>Wire value <c>COMPLETED</c>.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>Wire value <c>RUNNING</c>.</summary>
    [JsonStringEnumMemberName("RUNNING")]
    Running,

    /// <summary>Wire value <c>RESOURCES_UNAVAILABLE</c>.</summary>
    [JsonStringEnumMemberName("RESOURCES_UNAVAILABLE")]
    ResourcesUnavailable,

    /// <summary>Wire value <c>CANCELLED</c>.</summary>
    [JsonStringEnumMemberName("CANCELLED")]
    Cancelled,

    /// <summary>Wire value <c>DENIED</c>.</summary>
    [JsonStringEnumMemberName("DENIED")]
    Denied,
}
