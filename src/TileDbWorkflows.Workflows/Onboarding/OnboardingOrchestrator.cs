using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tasks;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Applies a plan to one namespace, phase by phase: register arrays, register or create groups (parents and members
/// first), import files, share (the <see cref="SharingOrchestrator"/>), invite (one <see cref="BulkInvitationOrchestrator"/>
/// per invitation), run follow-up tasks and wait for them (the <see cref="TaskWatchOrchestrator"/>), then report.
/// Every activity looks before it acts, so the same plan twice changes nothing the second time; a dry run only reads.
/// </summary>
[DurableTask(nameof(OnboardingOrchestrator))]
public sealed class OnboardingOrchestrator : TaskOrchestrator<OnboardingInput, WorkflowReport>
{
    public const string ArraysPhase = "arrays";

    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, OnboardingInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var startedAt = context.CurrentUtcDateTime;
        var plan = input.Plan;
        // The starter validated already; checking again costs nothing and keeps a hand-scheduled bad plan side-effect free.
        var errors = OnboardingPlanValidator.Validate(plan);
        if (errors.Count > 0)
        {
            throw new WorkflowFailedException("The plan is invalid, nothing was changed: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        var settings = await Durable.LoadSettingsAsync(context);
        var ns = plan.Namespace;
        var dryRun = input.DryRun;
        var shares = SharingOrchestrator.Flatten(new SharingRequest { Namespace = ns, Shares = plan.Shares });
        var progress = WorkflowProgress.Start(
            (ArraysPhase, plan.Arrays.Count),
            // The groups phase reports a line per group, per parent link and per member, so its total counts all three.
            (EnsureGroupsActivity.Phase, plan.Groups.Sum(g => 1 + (g.Parent is null ? 0 : 1) + g.Members.Count)),
            (ImportFilesActivity.Phase, plan.Files.Count),
            (ShareBatchActivity.Phase, shares.Count),
            (SendInvitationsActivity.Phase, plan.Invitations.Sum(i => Recipients.Normalize(i.Recipients).Count)),
            (TaskWatchOrchestrator.Phase, plan.Tasks.Count));
        context.SetCustomStatus(progress);
        var items = new List<ItemResult>();
        var parts = new List<WorkflowReport>();
        void Advance(string phase, IReadOnlyCollection<ItemResult> done)
        {
            items.AddRange(done);
            progress = progress.Advance(phase, done);
            context.SetCustomStatus(progress);
        }
        // A list sub-workflow's report keeps its lines in the payload store when it was chunked: counts and blobs travel.
        void AdvancePart(string phase, WorkflowReport part)
        {
            if (part.ReportBlobs.Count == 0)
            {
                Advance(phase, part.Items.ToArray());
                return;
            }
            parts.Add(part);
            progress = progress.Advance(phase, part.Summary);
            context.SetCustomStatus(progress);
        }

        // Arrays: independent of each other, so batches run in parallel.
        var arrayBatches = plan.Arrays.Chunk(settings.BatchSize).Select(b => new ArrayBatch(ns, b, dryRun, ArraysPhase)).ToArray();
        await Durable.RunBoundedAsync(arrayBatches, settings.MaxParallelActivities,
            (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(RegisterArraysActivity), b, "registering arrays"),
            done => Advance(ArraysPhase, done));

        // Groups: in dependency order, one batch after the other, since a parent must exist before its children.
        context.SetCustomStatus(progress = progress.Enter(EnsureGroupsActivity.Phase));
        foreach (var batch in GroupOrder.Sort(plan.Groups).Chunk(settings.BatchSize))
        {
            Advance(EnsureGroupsActivity.Phase, await Durable.CallAsync<IReadOnlyList<ItemResult>>(
                context, settings, nameof(EnsureGroupsActivity), new GroupBatch(ns, batch, dryRun), "registering groups"));
        }

        context.SetCustomStatus(progress = progress.Enter(ImportFilesActivity.Phase));
        var fileBatches = plan.Files.Chunk(settings.BatchSize).Select(b => new FileImportBatch(ns, b, dryRun)).ToArray();
        await Durable.RunBoundedAsync(fileBatches, settings.MaxParallelActivities,
            (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(ImportFilesActivity), b, "importing files"),
            done => Advance(ImportFilesActivity.Phase, done));

        if (plan.Shares.Count > 0)
        {
            context.SetCustomStatus(progress = progress.Enter(ShareBatchActivity.Phase));
            var shared = await Durable.CallSubAsync<WorkflowReport>(context, nameof(SharingOrchestrator),
                new SharingRequest { Namespace = ns, Shares = plan.Shares, DryRun = dryRun }, $"{context.InstanceId}:sharing", "sharing");
            AdvancePart(ShareBatchActivity.Phase, shared);
        }

        if (plan.Invitations.Count > 0)
        {
            context.SetCustomStatus(progress = progress.Enter(SendInvitationsActivity.Phase));
            var requests = plan.Invitations.Select((spec, i) => ToBulkRequest(ns, spec, $"{context.InstanceId}-invitations-{i}", dryRun)).ToArray();
            await Durable.RunBoundedAsync(requests, settings.MaxParallelSubOrchestrations,
                (r, i) => Durable.CallSubAsync<WorkflowReport>(context, nameof(BulkInvitationOrchestrator), r, $"{context.InstanceId}:invitations-{i}", $"inviting to {r.Target}"),
                done => AdvancePart(SendInvitationsActivity.Phase, done));
        }

        if (plan.Tasks.Count > 0)
        {
            context.SetCustomStatus(progress = progress.Enter(TaskWatchOrchestrator.Phase));
            await RunTasksAsync(context, settings, plan, dryRun, Advance);
        }

        var report = WorkflowReport.Combine(nameof(OnboardingOrchestrator), dryRun, items, parts, settings.ReportFailuresShown);
        WorkflowMetrics.RecordReport(context, report, startedAt);
        return report;
    }

    /// <summary>The task name a follow-up task runs under: from the plan, so a second run of the same plan finds the first one's task.</summary>
    public static string TaskKey(string @namespace, FollowUpTaskSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return $"onboarding:{@namespace}:{spec.Name}";
    }

    private static async Task RunTasksAsync(TaskOrchestrationContext context, WorkflowOptions settings, OnboardingPlan plan, bool dryRun, Action<string, IReadOnlyCollection<ItemResult>> advance)
    {
        var phase = TaskWatchOrchestrator.Phase;
        var steps = new List<TaskStep>();
        foreach (var spec in plan.Tasks)
        {
            var key = TaskKey(plan.Namespace, spec);
            if (dryRun)
            {
                advance(phase, [ItemResult.Created(phase, spec.Name, spec.Sql is null ? $"would run UDF {spec.Udf}" : "would run the SQL query")]);
                continue;
            }
            var submitted = await Durable.CallAsync<SubmittedTask>(context, settings, nameof(SubmitTaskActivity), new TaskSubmission(plan.Namespace, key, spec, 1), $"submitting task '{spec.Name}'");
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
                steps.Add(new TaskStep(submitted.TaskId, plan.Namespace, key, spec, 1));
            }
        }
        if (steps.Count > 0)
        {
            var watch = new TaskWatchInput(new TaskWatchRequest { TaskIds = steps.Select(s => s.TaskId).ToArray() }) { Steps = steps };
            var report = await Durable.CallSubAsync<WorkflowReport>(context, nameof(TaskWatchOrchestrator), watch, $"{context.InstanceId}:tasks", "waiting for follow-up tasks");
            advance(phase, report.Items.ToArray());
        }
    }

    private static BulkInvitationRequest ToBulkRequest(string ns, InvitationSpec spec, string requestId, bool dryRun) => new()
    {
        RequestId = requestId,
        Kind = spec.Kind,
        Target = spec.Kind == InvitationKind.Organization ? spec.Target : AssetUris.Resolve(ns, spec.Target).ToString(),
        Recipients = spec.Recipients,
        Actions = spec.Actions,
        GroupActions = spec.GroupActions,
        Role = spec.Role,
        DryRun = dryRun,
    };
}
