using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tasks;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Applies a plan to one namespace, phase by phase: register arrays, register or create groups (one engine pass per
/// depth, parents and members first), import files, share, invite (one list per invitation, side by side), run
/// follow-up tasks and wait for them (the <see cref="TaskWatchOrchestrator"/>), then report. Each list runs on the list
/// engine as a <see cref="ListOrchestrator"/> sub-orchestration, prepared by <see cref="PrepareOnboardingActivity"/>,
/// so this instance holds no list: its history grows with the number of phases, never with the plan's size.
/// Every activity looks before it acts, so the same plan twice changes nothing the second time; a dry run only reads.
/// </summary>
[DurableTask(nameof(OnboardingOrchestrator))]
public sealed class OnboardingOrchestrator : TaskOrchestrator<OnboardingInput, WorkflowReport>
{
    public const string ArraysPhase = ArrayList.Phase;

    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, OnboardingInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var startedAt = context.CurrentUtcDateTime;
        var settings = await Durable.LoadSettingsAsync(context);
        var dryRun = input.DryRun;
        if (dryRun)
        {
            return await DryRunAsync(context, settings, input, startedAt);
        }
        var prepared = await Durable.CallAsync<OnboardingJobs>(context, settings, nameof(PrepareOnboardingActivity),
            new OnboardingPreparation(input, context.InstanceId, settings), "reading the plan");
        var progress = new WorkflowProgress(prepared.Progress[0].Name, prepared.Progress);
        context.SetCustomStatus(progress);
        var items = new List<ItemResult>();
        var parts = new List<WorkflowReport>();
        void Advance(string phase, IReadOnlyCollection<ItemResult> done)
        {
            items.AddRange(done);
            progress = progress.Advance(phase, done);
            context.SetCustomStatus(progress);
        }
        void AdvancePart(string phase, WorkflowReport part)
        {
            parts.Add(part);
            progress = progress.Advance(phase, part.Summary);
            context.SetCustomStatus(progress);
        }
        Task<WorkflowReport> RunAsync(OnboardingPhaseJob job) =>
            ListOrchestrator.CallAsync(context, settings, nameof(OnboardingOrchestrator), job.Job, $"{context.InstanceId}:{job.Suffix}");

        foreach (var phase in new[] { ArrayList.Phase, EnsureGroupsActivity.Phase, ImportFilesActivity.Phase, ShareBatchActivity.Phase })
        {
            var jobs = prepared.Jobs.Where(j => j.Phase == phase).ToArray();
            if (jobs.Length > 0 || phase != ShareBatchActivity.Phase)
            {
                context.SetCustomStatus(progress = progress.Enter(phase));
            }
            // Group passes run one after another (a pass needs the groups of the one before); other phases have one job.
            foreach (var job in jobs)
            {
                AdvancePart(phase, await RunAsync(job));
            }
        }

        var invitations = prepared.Jobs.Where(j => j.Phase == SendInvitationsActivity.Phase).ToArray();
        if (invitations.Length > 0)
        {
            context.SetCustomStatus(progress = progress.Enter(SendInvitationsActivity.Phase));
            await Durable.RunBoundedAsync(invitations, settings.MaxParallelSubOrchestrations, (job, _) => RunAsync(job),
                done => AdvancePart(SendInvitationsActivity.Phase, done));
        }

        if (prepared.Tasks.Count > 0)
        {
            context.SetCustomStatus(progress = progress.Enter(TaskWatchOrchestrator.Phase));
            await RunTasksAsync(context, settings, prepared.Namespace, prepared.Tasks, dryRun, Advance);
        }

        var report = WorkflowReport.Combine(nameof(OnboardingOrchestrator), dryRun, items, parts, settings.ReportFailuresShown);
        // Only here: the phases' sub-orchestrations record nothing, so each item counts once.
        WorkflowMetrics.RecordReport(context, report, startedAt);
        return report;
    }

    /// <summary>
    /// A dry run is a plan (<see cref="MakePlanActivity"/>): judged against the state the plan itself would produce, so a
    /// share or invitation of an asset the same plan creates says "would share"/"would invite" instead of failing on the
    /// missing asset (issue 15). Its id is a plan id <c>tdbw apply</c> takes. Follow-up tasks are listed as they would run.
    /// </summary>
    private static async Task<WorkflowReport> DryRunAsync(TaskOrchestrationContext context, WorkflowOptions settings, OnboardingInput input, DateTime startedAt)
    {
        context.SetCustomStatus(WorkflowProgress.Start((PlanOrchestrator.Phase, 1)));
        var plan = await Durable.CallAsync<PlanSummary>(context, settings, nameof(MakePlanActivity),
            new PlanPreparation(context.InstanceId, input.InputBlob is null ? input.Plan : null, null, null, settings.InlineReportItems) { OnboardingInputBlob = input.InputBlob },
            "planning the dry run");
        var tasks = new List<ItemResult>();
        var taskSpecs = input.InputBlob is null ? input.Plan.Tasks : [];
        await RunTasksAsync(context, settings, input.Plan.Namespace, taskSpecs, dryRun: true, (_, done) => tasks.AddRange(done));
        var report = PlanOrchestrator.ReportOf(nameof(OnboardingOrchestrator), plan, tasks);
        WorkflowMetrics.RecordReport(context, report, startedAt);
        return report;
    }

    /// <summary>The task name a follow-up task runs under: from the plan, so a second run of the same plan finds the first one's task.</summary>
    public static string TaskKey(string @namespace, FollowUpTaskSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return $"onboarding:{@namespace}:{spec.Name}";
    }

    private static async Task RunTasksAsync(
        TaskOrchestrationContext context, WorkflowOptions settings, string ns, IReadOnlyList<FollowUpTaskSpec> tasks, bool dryRun, Action<string, IReadOnlyCollection<ItemResult>> advance)
    {
        var phase = TaskWatchOrchestrator.Phase;
        var steps = new List<TaskStep>();
        foreach (var spec in tasks)
        {
            var key = TaskKey(ns, spec);
            if (dryRun)
            {
                advance(phase, [ItemResult.Created(phase, spec.Name, spec.Sql is null ? $"would run UDF {spec.Udf}" : "would run the SQL query")]);
                continue;
            }
            var submitted = await Durable.CallAsync<SubmittedTask>(context, settings, nameof(SubmitTaskActivity), new TaskSubmission(ns, key, spec, 1), $"submitting task '{spec.Name}'");
            if (submitted.TaskId is null)
            {
                advance(phase, [ItemResult.Failed(phase, spec.Name, submitted.Error ?? "TileDB refused the submission")]);
            }
            else if (submitted.Reused && submitted.Status == TaskStatuses.Completed)
            {
                advance(phase, [ItemResult.Skipped(phase, $"{spec.Name} ({submitted.TaskId})", "already ran: COMPLETED")]);
            }
            else
            {
                steps.Add(new TaskStep(submitted.TaskId, ns, key, spec, 1));
            }
        }
        if (steps.Count > 0)
        {
            var watch = new TaskWatchInput(new TaskWatchRequest { TaskIds = steps.Select(s => s.TaskId).ToArray() }) { Steps = steps };
            var report = await Durable.CallSubAsync<WorkflowReport>(context, nameof(TaskWatchOrchestrator), watch, $"{context.InstanceId}:tasks", "waiting for follow-up tasks");
            advance(phase, report.Items.ToArray());
        }
    }
}
