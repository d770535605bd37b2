namespace TileDbWorkflows.Emulator.State;

/// <summary>A group member points at a registered asset by id, so renames keep membership.</summary>
internal sealed record GroupMemberRecord(string MemberId, bool IsGroup, string TargetId, string? DisplayName);
