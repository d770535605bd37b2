using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>Permission on a namespace. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<NamespaceAction>))]
public enum NamespaceAction
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>read</c>.</summary>
    [JsonStringEnumMemberName("read")]
    Read,

    /// <summary>Wire value <c>write</c>.</summary>
    [JsonStringEnumMemberName("write")]
    Write,

    /// <summary>Wire value <c>create</c>.</summary>
    [JsonStringEnumMemberName("create")]
    Create,

    /// <summary>Wire value <c>delete</c>.</summary>
    [JsonStringEnumMemberName("delete")]
    Delete,

    /// <summary>Wire value <c>edit</c>.</summary>
    [JsonStringEnumMemberName("edit")]
    Edit,

    /// <summary>Wire value <c>read_array_logs</c>.</summary>
    [JsonStringEnumMemberName("read_array_logs")]
    ReadArrayLogs,

    /// <summary>Wire value <c>read_job_logs</c>.</summary>
    [JsonStringEnumMemberName("read_job_logs")]
    ReadJobLogs,

    /// <summary>Wire value <c>read_object_logs</c>.</summary>
    [JsonStringEnumMemberName("read_object_logs")]
    ReadObjectLogs,

    /// <summary>Wire value <c>run_job</c>.</summary>
    [JsonStringEnumMemberName("run_job")]
    RunJob,

    /// <summary>Wire value <c>delete_organization</c>.</summary>
    [JsonStringEnumMemberName("delete_organization")]
    DeleteOrganization,

    /// <summary>Wire value <c>edit_organization</c>.</summary>
    [JsonStringEnumMemberName("edit_organization")]
    EditOrganization,

    /// <summary>Wire value <c>edit_billing</c>.</summary>
    [JsonStringEnumMemberName("edit_billing")]
    EditBilling,
}
