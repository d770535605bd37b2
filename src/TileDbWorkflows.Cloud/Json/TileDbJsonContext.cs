using System.Text.Json;
using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Files;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Json;

/// <summary>
/// Source-generated metadata for every wire model. Nulls are omitted when writing because the Python
/// client drops None attributes; empty lists are still written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(IReadOnlyList<Organization>))]
[JsonSerializable(typeof(SessionToken))]
[JsonSerializable(typeof(ArrayInfo))]
[JsonSerializable(typeof(ArrayInfoUpdate))]
[JsonSerializable(typeof(IReadOnlyList<ArrayInfo>))]
[JsonSerializable(typeof(ArrayShareBody))]
[JsonSerializable(typeof(IReadOnlyList<ArraySharing>))]
[JsonSerializable(typeof(IReadOnlyList<ArrayActivityLog>))]
[JsonSerializable(typeof(ArrayTask))]
[JsonSerializable(typeof(IReadOnlyList<ArrayTask>))]
[JsonSerializable(typeof(SqlSubmission))]
[JsonSerializable(typeof(GenericUdfSubmission))]
[JsonSerializable(typeof(IReadOnlyList<Invitation>))]
[JsonSerializable(typeof(InvitationFailedRecipients))]
[JsonSerializable(typeof(ArrayInvitationBody))]
[JsonSerializable(typeof(GroupInvitationBody))]
[JsonSerializable(typeof(OrganizationInvitationBody))]
[JsonSerializable(typeof(GroupInfo))]
[JsonSerializable(typeof(GroupUpdate))]
[JsonSerializable(typeof(GroupShareBody))]
[JsonSerializable(typeof(IReadOnlyList<GroupSharing>))]
[JsonSerializable(typeof(IReadOnlyList<GroupInfo>))]
[JsonSerializable(typeof(IReadOnlyList<GroupEntry>))]
[JsonSerializable(typeof(PaginationMetadata))]
[JsonSerializable(typeof(GroupCreationResponse))]
[JsonSerializable(typeof(GroupDetailsEnvelope))]
[JsonSerializable(typeof(GroupChangesEnvelope))]
[JsonSerializable(typeof(FileCreated))]
[JsonSerializable(typeof(FileExported))]
[JsonSerializable(typeof(FileCreateBody))]
[JsonSerializable(typeof(FileExportBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class TileDbJsonContext : JsonSerializerContext
{
}
