using Spectre.Console;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cli.WorkflowApi;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>Rendering and watching of workflow instances, shared by every workflow command.</summary>
internal static class WorkflowView
{
    private static readonly string[] FinalStatuses = ["Completed", "Failed", "Terminated", "Canceled"];

    public static bool IsFinal(WorkflowStatus status) => FinalStatuses.Contains(status.Status, StringComparer.OrdinalIgnoreCase);

    /// <summary>0 only when the workflow completed and no item failed.</summary>
    public static int ExitCode(WorkflowStatus status) =>
        string.Equals(status.Status, "Completed", StringComparison.OrdinalIgnoreCase) && (status.Report?.Summary.Failed ?? 0) == 0
            // An apply whose destructive changes were not approved did not do what was asked.
            && status.Report?.Plan?.Outcome is not (ApplyOrchestrator.NotApproved or ApplyOrchestrator.Rejected)
            ? ExitCodes.Success
            : ExitCodes.Failure;

    public static void Started(CliContext ctx, WorkflowStatus status)
    {
        if (ctx.Json)
        {
            ctx.WriteJson(status, CliJson.Workflows);
            return;
        }

        ctx.Output.Success($"Started {status.Name} workflow {status.Id} ({status.Status})");
        ctx.Output.Line($"Follow it with: tdbw workflows watch {status.Id}");
    }

    /// <summary>The full picture: header, phases, report and the summary line.</summary>
    public static void Show(CliContext ctx, WorkflowStatus status)
    {
        ctx.Output.KeyValues(
        [
            ("Id", status.Id),
            ("Workflow", status.Name),
            ("Status", status.Status),
            ("Created", Output.Date(status.CreatedAt)),
            ("Updated", Output.Date(status.LastUpdatedAt)),
            ("Phase", status.Progress?.Phase),
        ]);
        if (status.Progress is { Phases.Count: > 0 } progress)
        {
            ctx.Output.Table(
                ["Phase", "Done", "Total", "Failed"],
                progress.Phases.Select(p => new[] { p.Name, Count(p.Done), Count(p.Total), Count(p.Failed) }));
        }

        Finish(ctx, status);
    }

    /// <summary>The report table and a one-line verdict (red when the workflow or any item failed).</summary>
    public static void Finish(CliContext ctx, WorkflowStatus status)
    {
        if (status.Report is { } report)
        {
            ctx.Output.Table(
                ["Phase", "Item", "Outcome", "Reason"],
                report.Items.Select(i => new[] { i.Phase, i.Item, i.Outcome.ToString().ToLowerInvariant(), i.Reason }));
        }

        if (status.Report?.Plan is { Outcome: { } outcome } plan)
        {
            ctx.Output.Line($"Apply {outcome}: {plan.Note}");
        }

        var summary = status.Report is { } r ? Summary(r) : null;
        var line = $"{status.Name} {status.Id}: {status.Status}" + (status.Report?.DryRun == true ? " (dry run)" : string.Empty) + (summary is null ? string.Empty : " · " + summary);
        if (status.Failure is { Length: > 0 } failure)
        {
            line += " · " + failure;
        }

        if (!IsFinal(status))
        {
            ctx.Output.Line(line);
        }
        else if (ExitCode(status) == ExitCodes.Success)
        {
            ctx.Output.Success(line);
        }
        else
        {
            ctx.Output.Error(line);
        }
    }

    /// <summary>What an apply waits for and how to answer it.</summary>
    public static string ApprovalText(string id, ApprovalWait approval) =>
        $"waiting for approval of {approval.DestructiveChanges} destructive changes ({approval.AccessLosses} access losses) until {approval.Deadline:u}: tdbw approve {id} | tdbw reject {id}";

    public static string Summary(WorkflowReport report)
    {
        var s = report.Summary;
        return $"{s.Created} created, {s.Updated} updated, {s.Deleted} deleted, {s.Skipped} skipped, {s.Failed} failed";
    }

    /// <summary>
    /// Polls until the workflow ends, drawing one progress bar per phase, then prints the report.
    /// Returns the exit code: non-zero when the workflow failed or any item failed.
    /// </summary>
    /// <summary>
    /// Follows the workflow until it ends; Ctrl+C stops only the watching (exit 130) and says how to re-attach.
    /// </summary>
    public static async Task<int> WatchAsync(CliContext ctx, WorkflowApiClient client, string id, TimeSpan? timeout, CancellationToken ct)
    {
        try
        {
            return await FollowAsync(ctx, client, id, timeout, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The key is never echoed; an endpoint typed as a flag is, so the command works pasted as is.
            var endpoint = ctx.WorkerEndpoint is { Source: "--endpoint", Value: { } url } ? $" --endpoint {url}" : string.Empty;
            throw new InterruptedException($"stopped watching workflow {id}; it keeps running. Re-attach with: tdbw workflows watch {id}{endpoint}");
        }
    }

    private static async Task<int> FollowAsync(CliContext ctx, WorkflowApiClient client, string id, TimeSpan? timeout, CancellationToken ct)
    {
        var time = ctx.Env.Time;
        var started = time.GetTimestamp();

        async Task<WorkflowStatus> PollAsync(Action<WorkflowStatus> report)
        {
            while (true)
            {
                var status = await client.GetAsync(id, ct).ConfigureAwait(false);
                report(status);
                if (IsFinal(status))
                {
                    return status;
                }

                if (timeout is { } limit && time.GetElapsedTime(started) >= limit)
                {
                    throw new CliException($"timed out after {limit} watching workflow {id} (still {status.Status}); it keeps running");
                }

                await Task.Delay(ctx.Env.PollInterval, time, ct).ConfigureAwait(false);
            }
        }

        WorkflowStatus final;
        if (ctx.Json)
        {
            final = await PollAsync(_ => { }).ConfigureAwait(false);
            ctx.WriteJson(final, CliJson.Workflows);
            return ExitCode(final);
        }

        if (!ctx.Env.IsTerminal)
        {
            // Logs and CI: no redraws, one line whenever the status or a phase's counts change.
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            final = await PollAsync(status =>
            {
                // A status line heads the phases it reports, except the final one: it must come after the last
                // phase counts, or a log reads "Completed" and then more work.
                var statusLine = !seen.TryGetValue("$status", out var was) || was != status.Status ? $"{status.Id}: {status.Status}" : null;
                seen["$status"] = status.Status;
                if (statusLine is not null && !IsFinal(status))
                {
                    ctx.Output.Line(statusLine);
                }

                if (status.Progress?.Approval is { } approval && !seen.ContainsKey("$approval"))
                {
                    seen["$approval"] = approval.Deadline.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
                    ctx.Output.Line("  " + ApprovalText(status.Id, approval));
                }

                foreach (var phase in status.Progress?.Phases ?? [])
                {
                    var text = PhaseText(phase);
                    if (!seen.TryGetValue(phase.Name, out var before) || before != text)
                    {
                        seen[phase.Name] = text;
                        ctx.Output.Line("  " + text);
                    }
                }

                if (statusLine is not null && IsFinal(status))
                {
                    ctx.Output.Line(statusLine);
                }
            }).ConfigureAwait(false);
            Finish(ctx, final);
            return ExitCode(final);
        }

        var progress = ctx.Out.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn());
        final = await progress.StartAsync(async live =>
        {
            var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
            var result = await PollAsync(status =>
            {
                foreach (var phase in status.Progress?.Phases ?? [])
                {
                    if (!bars.TryGetValue(phase.Name, out var bar))
                    {
                        bar = live.AddTask(phase.Name, autoStart: true, maxValue: Math.Max(phase.Total, 1));
                        bars[phase.Name] = bar;
                    }

                    bar.MaxValue = Math.Max(phase.Total, 1);
                    bar.Value = phase.Total == 0 && IsFinal(status) ? bar.MaxValue : Math.Min(phase.Done, bar.MaxValue);
                    bar.Description = PhaseText(phase);
                }
            }).ConfigureAwait(false);

            // Phases the workflow never reached stay where they were; the bars stop so the display settles.
            foreach (var bar in bars.Values)
            {
                bar.StopTask();
            }

            return result;
        }).ConfigureAwait(false);

        Finish(ctx, final);
        return ExitCode(final);
    }

    private static string PhaseText(PhaseProgress phase) =>
        phase.Failed > 0 ? $"{phase.Name} {phase.Done}/{phase.Total} ({phase.Failed} failed)" : $"{phase.Name} {phase.Done}/{phase.Total}";

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
