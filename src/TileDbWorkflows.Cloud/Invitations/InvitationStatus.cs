using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Invitation state. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<InvitationStatus>))]
public enum InvitationStatus
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>PENDING</c>.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>Wire value <c>ACCEPTED</c>.</summary>
    [JsonStringEnumMemberName("ACCEPTED")]
    Accepted,
}
