using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.Regions;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

internal static class ArrayLookup
{
    /// <summary>
    /// Finds an array the caller can see, redirecting first when it lives in another region (routing
    /// happens before authorization, as with a real front door). Call under the state lock.
    /// </summary>
    public static ArrayRecord Find(HttpContext ctx, EmulatorRuntime emu, string caller, string ns, string name, out HashSet<string> actions)
    {
        var array = emu.State.FindArray(ns, name) ?? throw ApiException.NotFound($"array tiledb://{ns}/{name} not found");
        RegionGuard.Check(ctx, emu.Regions, array.Region);
        actions = Access.ArrayActions(emu.State, caller, array);
        if (actions.Count == 0)
        {
            throw ApiException.NotFound($"array tiledb://{ns}/{name} not found");
        }

        return array;
    }
}
