using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

internal static class ArrayMapper
{
    public static ArrayInfoWire ToWire(ArrayRecord a, IEnumerable<string> actions, bool withMetadata) => new()
    {
        Id = a.Id,
        FileType = a.FileType,
        FileProperties = a.FileProperties,
        Uri = a.Uri,
        Namespace = a.Namespace,
        Size = a.Size,
        LastAccessed = a.LastAccessed,
        Description = a.Description,
        Name = a.Name,
        AllowedActions = [.. Roles.ArrayActions.Where(actions.Contains)],
        AccessCredentialsName = a.AccessCredentialsName,
        Type = a.ArrayType,
        ShareCount = a.Shares.Count(s => s.Value.Count > 0),
        PublicShare = a.Public,
        TiledbUri = a.TileDbUri,
        Tags = [.. a.Tags],
        LicenseId = a.LicenseId,
        LicenseText = a.LicenseText,
        ReadOnly = a.ReadOnly,
        CreatedAt = a.CreatedAt,
        CreatedBy = a.CreatedBy,
        Metadata = withMetadata ? [.. a.Metadata.Select(m => new MetadataEntryWire(m.Key, m.Value, "string"))] : null,
    };

    public static ArrayActivityLogWire ToWire(ActivityRecord r) =>
        new(r.Id, r.EventAt, r.Action, r.Username, 0, 0, r.TaskId, null, r.Detail);

    /// <summary>Records a mutation in the array's activity log (call under the state lock).</summary>
    public static void Log(ArrayRecord array, DateTimeOffset now, string action, string username, string? taskId = null, string? detail = null) =>
        array.Log(new ActivityRecord(EmulatorIds.New(), now, action, username, taskId, detail));

    public static string BaseName(string uri)
    {
        var trimmed = uri.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }
}
