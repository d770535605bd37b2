using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire <c>group_changes</c> of v2 PATCH.</summary>
internal sealed record GroupChangesBody
{
    /// <summary>Wire field <c>members_to_add</c>.</summary>
    [JsonPropertyName("members_to_add")]
    public IReadOnlyList<GroupMemberBody>? MembersToAdd { get; init; }

    /// <summary>Wire field <c>members_to_remove</c>.</summary>
    [JsonPropertyName("members_to_remove")]
    public IReadOnlyList<string>? MembersToRemove { get; init; }
}
