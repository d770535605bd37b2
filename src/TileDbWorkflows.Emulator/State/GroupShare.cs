namespace TileDbWorkflows.Emulator.State;

internal sealed record GroupShare(List<string> GroupActions, List<string> ArrayActions);
