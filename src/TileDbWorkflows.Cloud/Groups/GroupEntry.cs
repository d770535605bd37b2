using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>One member of a group: either a group or an array.</summary>
public sealed record GroupEntry
{
    /// <summary>Wire field <c>member_id</c>.</summary>
    [JsonPropertyName("member_id")]
    public string? MemberId { get; init; }

    /// <summary>Wire field <c>group</c>.</summary>
    [JsonPropertyName("group")]
    public GroupInfo? Group { get; init; }

    /// <summary>Wire field <c>array</c>.</summary>
    [JsonPropertyName("array")]
    public ArrayInfo? Array { get; init; }
}
