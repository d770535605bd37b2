using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>Activity: v1 answers a bare array, v2 the paged <c>activitylogs</c> envelope. Newest first.</summary>
internal static class ArrayActivityEndpoints
{
    internal static Task V1(HttpContext ctx) => Respond.Json(ctx, Query(ctx));

    internal static Task V2(HttpContext ctx)
    {
        var (items, meta) = Paging.Apply(ctx, Query(ctx));
        return Respond.Json(ctx, new ArrayActivityLogDataWire(items, meta));
    }

    private static List<ArrayActivityLogWire> Query(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var now = emu.Now;
        // Server defaults per the spec: the last 7 days, in unix seconds.
        var start = ctx.QueryLong("start") is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : now.AddDays(-7);
        var end = ctx.QueryLong("end") is { } e ? DateTimeOffset.FromUnixTimeSeconds(e) : now;
        var types = ctx.QueryList("event_types").SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var taskId = ctx.QueryString("task_id");
        var hasTaskId = ctx.QueryBool("has_task_id");
        lock (emu.State.Sync)
        {
            var array = ArrayAssets.Kind.FromRoute(ctx, emu, caller, out _);
            return array.Activity
                .Where(a => a.EventAt >= start && a.EventAt <= end.AddSeconds(1))
                .Where(a => types.Count == 0 || types.Contains(a.Action))
                .Where(a => taskId is null || a.TaskId == taskId)
                .Where(a => hasTaskId is null || (a.TaskId is not null) == hasTaskId)
                .Reverse()
                .Select(ArrayMapper.ToWire)
                .ToList();
        }
    }
}
