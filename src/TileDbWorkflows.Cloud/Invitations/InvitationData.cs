using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire envelope of invitation listings.</summary>
internal sealed record InvitationData
{
    /// <summary>Wire field <c>invitations</c>.</summary>
    [JsonPropertyName("invitations")]
    public IReadOnlyList<Invitation> Invitations { get => field ?? []; init; }

    /// <summary>Wire field <c>pagination_metadata</c>.</summary>
    [JsonPropertyName("pagination_metadata")]
    public PaginationMetadata? PaginationMetadata { get; init; }
}
