using System.Globalization;
using System.Text;
using TileDbWorkflows.Bench.Hosting;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>Formats the runs as markdown: one detail table, one ratio table (ratios of runs made in this process).</summary>
internal static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string BackendName(DurableBackend backend) => backend == DurableBackend.InMemory ? "in-memory" : "azurite";

    public static string OneLine(RunResult r) => string.Create(Inv,
        $"{Seconds(r)} s, ok {r.Outcome?.Done.ToString(Inv) ?? "-"}/{r.Items}, calls {r.MutatingCalls} mut + {r.ReadCalls} read, "
        + $"history max {r.MaxHistoryEvents} total {r.TotalHistoryEvents} over {r.Instances} instance(s), RSS {r.StartRssMiB:0}->{r.PeakRssMiB:0} MiB, API span {r.ApiSpanSeconds:0.00} s, {r.MeanServerMs:0.0} ms per call in the emulator, 429 {r.RateLimited}")
        + (r.Error is null ? string.Empty : " ERROR " + r.Error);

    public static string Markdown(E2eOptions options, WorkflowOptions workflows, DurableBackendOptions durable, IReadOnlyList<RunResult> runs)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Inv, $"Settings: added latency {options.LatencyMs} ms per TileDB call; Workflows (BatchSize {workflows.BatchSize}, "
            + $"InvitationBatchSize {workflows.InvitationBatchSize}, InvitationChunkSize {workflows.InvitationChunkSize}, "
            + $"MaxParallelActivities {workflows.MaxParallelActivities}, MaxParallelSubOrchestrations {workflows.MaxParallelSubOrchestrations}); "
            + $"worker MaxConcurrentActivities {durable.MaxConcurrentActivities}, MaxConcurrentOrchestrations {durable.MaxConcurrentOrchestrations}, "
            + $"Azure Storage PartitionCount {durable.PartitionCount}, MaxQueuePollingInterval {WorkerHost.MaxQueuePollingInterval.TotalSeconds:0} s (bench)");
        sb.AppendLine(Inv, $"Limit and ours: best of {options.Repeat} run(s) each; naive: one run, stopped after {options.Timeout.TotalMinutes:0.#} min.");
        if (options.Settings.Count > 0)
        {
            sb.AppendLine("Overrides (not shipped): " + string.Join(", ", options.Settings.Select(kv => kv.Key + "=" + kv.Value)) + ".");
        }
        sb.AppendLine();
        sb.AppendLine("| scenario | backend | way | cap | wall s | x limit | items ok / failed | TileDB calls mutating / read | 429s | instances | history events max / total | RSS start -> peak MiB |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
        {
            var limit = Find(runs, r.Scenario, r.Backend, Way.Limit);
            sb.AppendLine(Inv,
                $"| {r.Scenario} ({r.Shape}) | {BackendName(r.Backend)} | {r.Way.ToString().ToLowerInvariant()} | {r.Concurrency} | {Seconds(r)} | {Ratio(r, limit)} | "
                + $"{(r.Outcome is null ? (r.Error ?? "-") : $"{r.Outcome.Done} / {r.Outcome.Failed}")} | {r.MutatingCalls} / {r.ReadCalls} | {r.RateLimited} | "
                + $"{(r.Way == Way.Limit ? "-" : r.Instances.ToString(Inv))} | {(r.Way == Way.Limit ? "-" : $"{r.MaxHistoryEvents} / {r.TotalHistoryEvents}")} | "
                + $"{r.StartRssMiB:0} -> {r.PeakRssMiB:0} |");
        }
        sb.AppendLine();
        sb.AppendLine("| scenario | backend | ours / limit | naive / ours |");
        sb.AppendLine("|---|---|---:|---:|");
        foreach (var group in runs.GroupBy(r => (r.Scenario, r.Backend)))
        {
            var limit = Find(runs, group.Key.Scenario, group.Key.Backend, Way.Limit);
            var ours = Find(runs, group.Key.Scenario, group.Key.Backend, Way.Ours);
            var naive = Find(runs, group.Key.Scenario, group.Key.Backend, Way.Naive);
            sb.AppendLine(Inv, $"| {group.Key.Scenario} | {BackendName(group.Key.Backend)} | {Ratio(ours, limit)} | {Ratio(naive, ours)} |");
        }
        sb.AppendLine();
        sb.AppendLine("`>` marks a run stopped at the timeout (a lower bound). RSS is the whole process (harness, in-process emulator and worker; Azurite runs apart), "
            + "peak reset before each run via /proc/self/clear_refs.");
        return sb.ToString();
    }

    private static RunResult? Find(IReadOnlyList<RunResult> runs, string scenario, DurableBackend backend, Way way) =>
        runs.FirstOrDefault(r => r.Scenario == scenario && r.Backend == backend && r.Way == way);

    private static string Seconds(RunResult r) => (r.TimedOut ? ">" : string.Empty) + r.Wall.TotalSeconds.ToString("0.00", Inv);

    private static string Ratio(RunResult? top, RunResult? bottom)
    {
        if (top is null || bottom is null || bottom.Wall <= TimeSpan.Zero || bottom.TimedOut)
        {
            return "-";
        }
        return (top.TimedOut ? ">" : string.Empty) + (top.Wall / bottom.Wall).ToString("0.00", Inv);
    }
}
