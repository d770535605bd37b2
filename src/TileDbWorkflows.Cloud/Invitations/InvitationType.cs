using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Invitation kind. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<InvitationType>))]
public enum InvitationType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>ARRAY_SHARE</c>.</summary>
    [JsonStringEnumMemberName("ARRAY_SHARE")]
    ArrayShare,

    /// <summary>Wire value <c>GROUP_SHARE</c>.</summary>
    [JsonStringEnumMemberName("GROUP_SHARE")]
    GroupShare,

    /// <summary>Wire value <c>JOIN_ORGANIZATION</c>.</summary>
    [JsonStringEnumMemberName("JOIN_ORGANIZATION")]
    JoinOrganization,

    /// <summary>Wire value <c>PAYMENT_SHARE</c>.</summary>
    [JsonStringEnumMemberName("PAYMENT_SHARE")]
    PaymentShare,
}
