using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire body of v2 create/register.</summary>
internal sealed record GroupDetailsEnvelope
{
    /// <summary>Wire field <c>group_details</c>.</summary>
    [JsonPropertyName("group_details")]
    public GroupDetailsBody? GroupDetails { get; init; }
}
