using System.Text.Json;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cli.WorkflowApi;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// Watching several workflows at once (<c>watch ID ID...</c>) or everything running (<c>watch --follow</c>): one line per
/// change, each naming its workflow, since progress bars of many workflows interleave badly; each workflow's report
/// and verdict when it ends. <c>--json</c> writes one compact status line per workflow as it ends.
/// </summary>
internal sealed class WorkflowsWatcher(CliContext ctx, WorkflowApiClient client, bool follow)
{
    /// <summary>What the worker lists as running or about to run (a --follow picks these up).</summary>
    private const string ActiveStatuses = "Running,Pending,Suspended";
    private const int ListPageSize = 500;

    private static readonly JsonSerializerOptions JsonLines = new(CliJson.Workflows) { WriteIndented = false };

    private readonly List<string> order = [];
    private readonly HashSet<string> watched = new(StringComparer.Ordinal);
    private readonly HashSet<string> ended = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> seen = new(StringComparer.Ordinal);
    private int exitCode = ExitCodes.Success;

    public async Task<int> RunAsync(IReadOnlyList<string> ids, TimeSpan? timeout, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            Watch(id);
        }

        try
        {
            return await LoopAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw new InterruptedException($"stopped watching; the workflows keep running. Re-attach with: {Reattach()}");
        }
    }

    private async Task<int> LoopAsync(TimeSpan? timeout, CancellationToken ct)
    {
        var time = ctx.Env.Time;
        var started = time.GetTimestamp();
        while (true)
        {
            if (follow)
            {
                await DiscoverAsync(ct).ConfigureAwait(false);
            }

            foreach (var id in order.Where(i => !ended.Contains(i)).ToArray())
            {
                Show(await client.GetAsync(id, ct).ConfigureAwait(false));
            }

            if (!follow && ended.Count == order.Count)
            {
                return exitCode;
            }

            if (timeout is { } limit && time.GetElapsedTime(started) >= limit)
            {
                var running = order.Where(i => !ended.Contains(i)).ToArray();
                if (!follow)
                {
                    throw new CliException($"timed out after {limit} watching {string.Join(", ", running)} (still running); they keep running");
                }

                // Following ends at its timeout by design: the verdict is that of the workflows that ended meanwhile.
                ctx.Output.Line($"stopped following after {limit}: {ended.Count} ended, {running.Length} still running" + (running.Length > 0 ? $" ({string.Join(", ", running)})" : string.Empty));
                return exitCode;
            }

            await Task.Delay(ctx.Env.PollInterval, time, ct).ConfigureAwait(false);
        }
    }

    private async Task DiscoverAsync(CancellationToken ct)
    {
        var items = new List<WorkflowStatus>();
        string? next = null;
        do
        {
            var page = await client.ListAsync(ActiveStatuses, null, ListPageSize, next, ct).ConfigureAwait(false);
            items.AddRange(page.Items);
            next = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(next));

        // Oldest first, so the lines read in the order the workflows started; chunks stay with their parent.
        foreach (var family in WorkflowFamilies.Fold(items).Reverse())
        {
            if (Watch(family.Parent.Id))
            {
                ctx.Output.Line($"{family.Parent.Id}: following ({family.Parent.Name})");
            }
        }
    }

    private bool Watch(string id)
    {
        if (!watched.Add(id))
        {
            return false;
        }

        order.Add(id);
        return true;
    }

    private void Show(WorkflowStatus status)
    {
        var final = WorkflowView.IsFinal(status);
        if (ctx.Json)
        {
            if (final)
            {
                ctx.WriteJson(status, JsonLines);
            }
        }
        else
        {
            var statusLine = !seen.TryGetValue(status.Id, out var was) || was != status.Status ? $"{status.Id}: {status.Status}" : null;
            seen[status.Id] = status.Status;
            if (statusLine is not null && !final)
            {
                ctx.Output.Line(statusLine);
            }

            foreach (var phase in status.Progress?.Phases ?? [])
            {
                var key = status.Id + "\n" + phase.Name;
                var text = phase.Failed > 0 ? $"{phase.Name} {phase.Done}/{phase.Total} ({phase.Failed} failed)" : $"{phase.Name} {phase.Done}/{phase.Total}";
                if (!seen.TryGetValue(key, out var before) || before != text)
                {
                    seen[key] = text;
                    ctx.Output.Line($"  {status.Id} {text}");
                }
            }

            if (final)
            {
                WorkflowView.Finish(ctx, status);
            }
        }

        if (final)
        {
            ended.Add(status.Id);
            exitCode = Math.Max(exitCode, WorkflowView.ExitCode(status));
        }
    }

    private string Reattach()
    {
        var endpoint = ctx.WorkerEndpoint is { Source: "--endpoint", Value: { } url } ? $" --endpoint {url}" : string.Empty;
        var running = order.Where(i => !ended.Contains(i));
        return follow ? $"tdbw workflows watch --follow{endpoint}" : $"tdbw workflows watch {string.Join(' ', running)}{endpoint}";
    }
}
