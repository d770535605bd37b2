using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Reconciles registrations with manifests in Blob Storage: per namespace it lists what is registered (all pages),
/// registers what is missing, updates drifted description and tags, and deregisters what the manifests no longer list
/// only when every manifest of that namespace opts in to pruning. The report goes to the report container as
/// <c>{instance id}.json</c>; the instance id comes from the schedule occurrence, so a double-fired timer runs once.
/// </summary>
[DurableTask(nameof(SweepOrchestrator))]
public sealed class SweepOrchestrator : TaskOrchestrator<SweepRequest, WorkflowReport>
{
    public const string ManifestsPhase = "manifests";
    public const string ArraysPhase = "arrays";
    public const string ReportPhase = "report";

    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, SweepRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var startedAt = context.CurrentUtcDateTime;
        input ??= new SweepRequest();
        var settings = await Durable.LoadSettingsAsync(context);
        var names = await Durable.CallAsync<IReadOnlyList<string>>(context, settings, nameof(ListManifestsActivity), input.Manifest, "listing manifests");
        var progress = WorkflowProgress.Start((ManifestsPhase, names.Count), (ArraysPhase, 0), (DeregisterArraysActivity.Phase, 0), (ReportPhase, 1));
        context.SetCustomStatus(progress);
        var items = new List<ItemResult>();

        var manifests = new List<RegistrationManifest>();
        foreach (var name in names)
        {
            var read = await Durable.CallAsync<ManifestReadResult>(context, settings, nameof(ReadManifestActivity), name, $"reading manifest '{name}'");
            ItemResult line;
            var errors = read.Manifest is null ? [] : RegistrationManifestValidator.Validate(read.Manifest);
            if (read.Manifest is null || errors.Count > 0)
            {
                line = ItemResult.Failed(ManifestsPhase, name, read.Error ?? string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
            }
            else
            {
                manifests.Add(read.Manifest);
                line = ItemResult.Skipped(ManifestsPhase, name, $"read: {read.Manifest.Arrays.Count} array(s) for namespace {read.Manifest.Namespace}{(read.Manifest.Prune ? ", prune" : string.Empty)}");
            }
            items.Add(line);
            context.SetCustomStatus(progress = progress.Advance(ManifestsPhase, [line]));
        }

        foreach (var group in manifests.GroupBy(m => m.Namespace, StringComparer.OrdinalIgnoreCase))
        {
            var ns = group.First().Namespace;
            var registered = await Durable.CallAsync<IReadOnlyList<RegisteredArray>>(context, settings, nameof(ListRegisteredArraysActivity), ns, $"listing arrays of {ns}");
            var plan = Diff(ns, group.ToArray(), registered);
            progress = WithTotal(WithTotal(progress, ArraysPhase, plan.Missing.Count + plan.Ensure.Count + plan.Unchanged.Count + plan.Conflicts.Count), DeregisterArraysActivity.Phase, plan.Remove.Count);
            var settled = plan.Unchanged.Select(a => ItemResult.Skipped(ArraysPhase, $"tiledb://{ns}/{a.Name}", "already registered"))
                .Concat(plan.Conflicts).ToArray();
            items.AddRange(settled);
            context.SetCustomStatus(progress = progress.Advance(ArraysPhase, settled));

            // The listing just read says which arrays are missing: those register without a read each first.
            var ensure = plan.Missing.Chunk(settings.BatchSize).Select(b => new ArrayBatch(ns, b, input.DryRun, ArraysPhase, KnownMissing: true))
                .Concat(plan.Ensure.Chunk(settings.BatchSize).Select(b => new ArrayBatch(ns, b, input.DryRun, ArraysPhase)))
                .ToArray();
            foreach (var batch in await Durable.RunBoundedAsync(ensure, settings.MaxParallelActivities,
                (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(RegisterArraysActivity), b, $"registering arrays in {ns}"),
                done => context.SetCustomStatus(progress = progress.Advance(ArraysPhase, done))))
            {
                items.AddRange(batch);
            }

            var remove = plan.Remove.Chunk(settings.BatchSize).Select(b => new DeregisterBatch(ns, b, input.DryRun)).ToArray();
            foreach (var batch in await Durable.RunBoundedAsync(remove, settings.MaxParallelActivities,
                (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(DeregisterArraysActivity), b, $"deregistering arrays in {ns}"),
                done => context.SetCustomStatus(progress = progress.Advance(DeregisterArraysActivity.Phase, done))))
            {
                items.AddRange(batch);
            }
        }

        var report = new WorkflowReport(nameof(SweepOrchestrator), input.DryRun, items);
        context.SetCustomStatus(progress = progress.Enter(ReportPhase));
        await Durable.CallAsync<string>(context, settings, nameof(WriteSweepReportActivity), new SweepReportBlob(context.InstanceId + ".json", report), "writing the sweep report");
        context.SetCustomStatus(progress.Advance(ReportPhase, [ItemResult.Created(ReportPhase, context.InstanceId + ".json")]));
        WorkflowMetrics.RecordReport(context, report, startedAt);
        return report;
    }

    /// <summary>
    /// Splits the wish (all manifests of one namespace) against what is registered. An array listed twice with
    /// different storage is a conflict, reported and left alone. Pruning needs every manifest of the namespace to ask for it.
    /// </summary>
    public static SweepPlan Diff(string ns, IReadOnlyList<RegistrationManifest> manifests, IReadOnlyList<RegisteredArray> registered)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        ArgumentNullException.ThrowIfNull(registered);
        var wanted = new Dictionary<string, ArraySpec>(StringComparer.Ordinal);
        var conflicts = new List<ItemResult>();
        foreach (var spec in manifests.SelectMany(m => m.Arrays))
        {
            if (!wanted.TryAdd(spec.Name, spec) && !AssetUris.SameStorage(wanted[spec.Name].StorageUri, spec.StorageUri))
            {
                conflicts.Add(ItemResult.Failed(ArraysPhase, $"tiledb://{ns}/{spec.Name}", $"listed twice with different storage ({wanted[spec.Name].StorageUri}, {spec.StorageUri}); the first is used"));
            }
        }
        var byName = registered.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var missing = new List<ArraySpec>();
        var ensure = new List<ArraySpec>();
        var unchanged = new List<ArraySpec>();
        foreach (var spec in wanted.Values)
        {
            var current = byName.GetValueOrDefault(spec.Name);
            if (current is null)
            {
                missing.Add(spec);
            }
            else if (AssetUris.SameStorage(current.Uri, spec.StorageUri) && ArrayRegistrar.Drift(current.Description, current.Tags, spec).Count == 0)
            {
                unchanged.Add(spec);
            }
            else
            {
                ensure.Add(spec);
            }
        }
        var prune = manifests.Count > 0 && manifests.All(m => m.Prune);
        var remove = prune ? registered.Where(a => !wanted.ContainsKey(a.Name)).Select(a => a.Name).Order(StringComparer.Ordinal).ToArray() : [];
        return new SweepPlan(missing, ensure, unchanged, remove, conflicts);
    }

    private static WorkflowProgress WithTotal(WorkflowProgress progress, string phase, int add) =>
        progress with { Phases = progress.Phases.Select(p => p.Name == phase ? p with { Total = p.Total + add } : p).ToArray() };
}
