using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.Regions;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

internal static class GroupLookup
{
    /// <summary>Finds a group the caller can see, redirecting first if it lives in another region.</summary>
    public static GroupRecord Find(HttpContext ctx, EmulatorRuntime emu, string caller, string ns, string name, out HashSet<string> actions)
    {
        var group = emu.State.FindGroup(ns, name) ?? throw ApiException.NotFound($"group tiledb://{ns}/{name} not found");
        RegionGuard.Check(ctx, emu.Regions, group.Region);
        actions = Access.GroupActions(emu.State, caller, group);
        if (actions.Count == 0)
        {
            throw ApiException.NotFound($"group tiledb://{ns}/{name} not found");
        }

        return group;
    }
}
