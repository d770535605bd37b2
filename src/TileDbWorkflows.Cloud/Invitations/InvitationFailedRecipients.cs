using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of a 207/500 invitation answer.</summary>
internal sealed record InvitationFailedRecipients
{
    /// <summary>Wire field <c>failed_recipients</c>.</summary>
    [JsonPropertyName("failed_recipients")]
    public IReadOnlyList<string> FailedRecipients { get => field ?? []; init; }
}
