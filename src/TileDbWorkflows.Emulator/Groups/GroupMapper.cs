using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

internal static class GroupMapper
{
    public static GroupInfoWire ToWire(GroupRecord g, IEnumerable<string> actions, bool withMetadata)
    {
        var arrays = g.Members.Count(m => !m.IsGroup);
        var groups = g.Members.Count(m => m.IsGroup);
        return new GroupInfoWire
        {
            Id = g.Id,
            Namespace = g.Namespace,
            Name = g.Name,
            Description = g.Description,
            Uri = g.Uri,
            TiledbUri = g.TileDbUri,
            AssetCount = arrays,
            GroupCount = groups,
            Size = arrays + groups,
            LastAccessed = g.LastAccessed,
            AllowedActions = [.. Roles.GroupActions.Where(actions.Contains)],
            GroupType = g.GroupType,
            Logo = g.Logo,
            AccessCredentialsName = g.AccessCredentialsName,
            ShareCount = g.Shares.Count,
            PublicShare = g.Public,
            Tags = [.. g.Tags],
            LicenseId = g.LicenseId,
            LicenseText = g.LicenseText,
            CreatedAt = g.CreatedAt,
            CreatedBy = g.CreatedBy,
            Metadata = withMetadata ? [.. g.Metadata.Select(m => new MetadataEntryWire(m.Key, m.Value, "string"))] : null,
        };
    }
}
