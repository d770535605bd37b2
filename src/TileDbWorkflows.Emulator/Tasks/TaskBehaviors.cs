using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Tasks;

internal sealed class TaskBehaviors
{
    private static readonly string[] Outcomes = ["COMPLETED", "FAILED", "RESOURCES_UNAVAILABLE"];
    private readonly Lock sync = new();
    private TaskBehaviorSpec spec = new();

    public void Set(TaskBehaviorSpec value)
    {
        foreach (var r in value.Rules.Append(value.Default).OfType<TaskBehaviorRule>())
        {
            r.Outcome = r.Outcome.ToUpperInvariant();
            if (Array.IndexOf(Outcomes, r.Outcome) < 0)
            {
                throw ApiException.BadRequest($"task outcome '{r.Outcome}' unknown; use one of {string.Join(", ", Outcomes)}");
            }

            if (r.QueuedMs < 0 || r.RunningMs < 0 || r.Count is < 0)
            {
                throw ApiException.BadRequest("task durations and counts must be non-negative");
            }

            r.Used = 0;
        }

        lock (sync)
        {
            spec = value;
        }
    }

    public void Clear() => Set(new TaskBehaviorSpec());

    public TaskBehaviorSpec Snapshot()
    {
        lock (sync)
        {
            return spec;
        }
    }

    public TaskBehaviorRule Pick(string type, string? text)
    {
        lock (sync)
        {
            foreach (var r in spec.Rules)
            {
                if ((r.Type is null || string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase))
                    && (r.Match is null || (text?.Contains(r.Match, StringComparison.OrdinalIgnoreCase) ?? false))
                    && (r.Count is null || r.Used < r.Count))
                {
                    r.Used++;
                    return r;
                }
            }

            return spec.Default ?? new TaskBehaviorRule();
        }
    }
}
