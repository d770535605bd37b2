using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Tasks;

internal static class TaskMapper
{
    public static ArrayTaskWire ToWire(EmulatorState state, TaskRecord t, DateTimeOffset now, string caller)
    {
        var status = t.StatusAt(now);
        var start = t.StartTimeAt(now);
        var finish = t.FinishTimeAt(now);
        var array = t.ArrayId is null ? null : state.Arrays.GetValueOrDefault(t.ArrayId);
        var message = status switch
        {
            "FAILED" or "RESOURCES_UNAVAILABLE" => t.OutcomeMessage ?? (status == "FAILED" ? "task failed (emulated)" : "not enough resources to run the task (emulated)"),
            _ => null,
        };
        return new ArrayTaskWire
        {
            Id = t.Id,
            Name = t.Name,
            Username = t.Username,
            Namespace = t.Namespace,
            ArrayMetadata = array is null ? null : ArrayMapper.ToWire(array, Access.ArrayActions(state, caller, array), false),
            Memory = 2L * 1024 * 1024 * 1024,
            Cpu = 2000,
            Status = status,
            StatusMessage = message,
            StartTime = start,
            FinishTime = finish,
            QueryType = "READ",
            UdfCode = t.UdfCode,
            UdfLanguage = t.UdfLanguage,
            SqlQuery = t.SqlQuery,
            Type = t.Type,
            Logs = string.Empty,
            Duration = start is { } s ? ((finish ?? now) - s).Ticks * 100.0 : 0,
            ResultFormat = t.ResultFormat,
            CloudProvider = "AWS",
            CloudRegion = t.Region ?? "us-east-1",
        };
    }
}
