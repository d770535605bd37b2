namespace TileDbWorkflows.Emulator.State;

internal sealed class GroupRecord : AssetRecord
{
    public string GroupType { get; set; } = "generic";

    public string? Logo { get; set; }

    public Dictionary<string, GroupShare> Shares { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<GroupMemberRecord> Members { get; } = [];
}
