using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of an array invitation.</summary>
internal sealed record ArrayInvitationBody
{
    /// <summary>Wire field <c>actions</c>.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<ArrayAction>? Actions { get; init; }

    /// <summary>Wire field <c>invitee_email</c>.</summary>
    [JsonPropertyName("invitee_email")]
    public IReadOnlyList<string>? InviteeEmail { get; init; }
}
