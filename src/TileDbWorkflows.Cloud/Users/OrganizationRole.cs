using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>Role of a member in an organization. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<OrganizationRole>))]
public enum OrganizationRole
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>owner</c>.</summary>
    [JsonStringEnumMemberName("owner")]
    Owner,

    /// <summary>Wire value <c>admin</c>.</summary>
    [JsonStringEnumMemberName("admin")]
    Admin,

    /// <summary>Wire value <c>read_write_delete</c>.</summary>
    [JsonStringEnumMemberName("read_write_delete")]
    ReadWriteDelete,

    /// <summary>Wire value <c>read_write</c>.</summary>
    [JsonStringEnumMemberName("read_write")]
    ReadWrite,

    /// <summary>Wire value <c>read_only</c>.</summary>
    [JsonStringEnumMemberName("read_only")]
    ReadOnly,
}
