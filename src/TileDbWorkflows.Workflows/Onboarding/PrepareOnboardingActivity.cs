using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tasks;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Reads the plan (from the payload store when it came by reference), validates it, and turns each of its lists into
/// a <see cref="ListJob"/> whose items go to the payload store when they exceed a chunk, so no history holds them.
/// </summary>
[DurableTask(nameof(PrepareOnboardingActivity))]
public sealed class PrepareOnboardingActivity(WorkflowPayloads payloads) : TaskActivity<OnboardingPreparation, OnboardingJobs>
{
    public override async Task<OnboardingJobs> RunAsync(TaskActivityContext context, OnboardingPreparation input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var start = input.Input.InputBlob is { } blob ? await payloads.ReadAsync<OnboardingInput>(blob).ConfigureAwait(false) : input.Input;
        var plan = start.Plan;
        // The starter validated already; checking again costs nothing and keeps a hand-scheduled bad plan side-effect free.
        var errors = OnboardingPlanValidator.Validate(plan);
        if (errors.Count > 0)
        {
            throw new WorkflowFailedException("The plan is invalid, nothing was changed: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }
        var ns = plan.Namespace;
        var dryRun = input.Input.DryRun;
        var s = input.Settings;
        var jobs = new List<OnboardingPhaseJob>();

        async Task AddAsync<TItem>(string phase, string suffix, ListFeature feature, object header, IReadOnlyList<TItem> items, int chunkSize, int batchSize)
        {
            if (items.Count == 0)
            {
                return;
            }
            var owner = $"{input.Owner}:{suffix}";
            var job = await ListPreparer.StoreAsync(payloads, feature, new ListPreparation(input.Input.InputBlob ?? string.Empty, owner, chunkSize, batchSize), header, items, dryRun)
                .ConfigureAwait(false);
            jobs.Add(new OnboardingPhaseJob(phase, suffix, job));
        }

        await AddAsync(ArrayList.Phase, "arrays", ArrayList.Feature, new ArrayHeader(ns, KnownMissing: false, "registering arrays"), plan.Arrays, s.ChunkSize, s.BatchSize)
            .ConfigureAwait(false);
        var passes = GroupPasses.Of(plan.Groups);
        for (var p = 0; p < passes.Count; p++)
        {
            await AddAsync(EnsureGroupsActivity.Phase, $"groups-{p}", GroupList.Feature, new GroupHeader(ns), passes[p], s.ChunkSize, s.BatchSize).ConfigureAwait(false);
        }
        await AddAsync(ImportFilesActivity.Phase, "files", FileImportList.Feature, new FileImportHeader(ns), plan.Files, s.ChunkSize, s.BatchSize).ConfigureAwait(false);
        var shares = SharingOrchestrator.Flatten(new SharingRequest { Namespace = ns, Shares = plan.Shares });
        await AddAsync(ShareBatchActivity.Phase, "sharing", ShareList.Feature, new ShareHeader(ns, Revoke: false), shares, s.ChunkSize, s.BatchSize).ConfigureAwait(false);
        var recipients = 0;
        for (var i = 0; i < plan.Invitations.Count; i++)
        {
            var spec = plan.Invitations[i];
            var target = spec.Kind == InvitationKind.Organization ? spec.Target : AssetUris.Resolve(ns, spec.Target).ToString();
            var normalized = Recipients.Normalize(spec.Recipients);
            recipients += normalized.Count;
            await AddAsync(SendInvitationsActivity.Phase, $"invitations-{i}", InvitationList.Feature, InvitationList.Header(spec with { Target = target }), normalized,
                s.InvitationChunkSize, s.InvitationBatchSize).ConfigureAwait(false);
        }

        PhaseProgress Total(string phase, int total) => new(phase, 0, total, 0);
        return new OnboardingJobs(ns,
            [
                Total(ArrayList.Phase, plan.Arrays.Count),
                // The groups phase reports a line per group, per parent link and per member, so its total counts all three.
                Total(EnsureGroupsActivity.Phase, GroupPasses.LineCount(plan.Groups)),
                Total(ImportFilesActivity.Phase, plan.Files.Count),
                Total(ShareBatchActivity.Phase, shares.Count),
                Total(SendInvitationsActivity.Phase, recipients),
                Total(TaskWatchOrchestrator.Phase, plan.Tasks.Count),
            ],
            jobs,
            plan.Tasks);
    }
}
