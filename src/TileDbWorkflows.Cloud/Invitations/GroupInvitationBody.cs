using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of a group invitation.</summary>
internal sealed record GroupInvitationBody
{
    /// <summary>Wire field <c>array_actions</c>.</summary>
    [JsonPropertyName("array_actions")]
    public IReadOnlyList<ArrayAction>? ArrayActions { get; init; }

    /// <summary>Wire field <c>group_actions</c>.</summary>
    [JsonPropertyName("group_actions")]
    public IReadOnlyList<GroupAction>? GroupActions { get; init; }

    /// <summary>Wire field <c>invitee_email_or_name</c>.</summary>
    [JsonPropertyName("invitee_email_or_name")]
    public IReadOnlyList<string>? InviteeEmailOrName { get; init; }
}
