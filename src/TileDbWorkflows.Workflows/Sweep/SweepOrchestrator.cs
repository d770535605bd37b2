using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Reconciles registrations with manifests in Blob Storage: per namespace it lists what is registered (all pages),
/// registers what is missing, updates drifted description and tags, and deregisters what the manifests no longer list
/// only when every manifest of that namespace opts in to pruning. The listing and the diff run in
/// <see cref="PrepareSweepActivity"/>, the three work lists on the list engine (<see cref="ListOrchestrator"/>
/// sub-orchestrations <c>{id}:ns-N:register|update|prune</c>), so no history grows with the namespace. The report goes to the report container as
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

        var manifests = new List<ManifestReadResult>();
        foreach (var name in names)
        {
            var read = await Durable.CallAsync<ManifestReadResult>(context, settings, nameof(ReadManifestActivity), name, $"reading manifest '{name}'");
            ItemResult line;
            if (read.Manifest is null)
            {
                line = ItemResult.Failed(ManifestsPhase, name, read.Error ?? "unreadable");
            }
            else
            {
                manifests.Add(read);
                line = ItemResult.Skipped(ManifestsPhase, name, $"read: {read.ArrayCount} array(s) for namespace {read.Manifest.Namespace}{(read.Manifest.Prune ? ", prune" : string.Empty)}");
            }
            items.Add(line);
            context.SetCustomStatus(progress = progress.Advance(ManifestsPhase, [line]));
        }

        var parts = new List<WorkflowReport>();
        var namespaces = manifests.GroupBy(m => m.Manifest!.Namespace, StringComparer.OrdinalIgnoreCase).ToArray();
        for (var n = 0; n < namespaces.Length; n++)
        {
            var ns = namespaces[n].First().Manifest!.Namespace;
            var owner = $"{context.InstanceId}:ns-{n}";
            // Listing, diff and the work lists stay in the payload store: at 20,000 arrays none of it fits a history.
            var jobs = await Durable.CallAsync<SweepNamespaceJobs>(context, settings, nameof(PrepareSweepActivity),
                new SweepPreparation(ns, namespaces[n].Select(m => m.Blob).ToArray(), input.DryRun, owner, settings), $"listing arrays of {ns}");
            progress = WithTotal(WithTotal(progress, ArraysPhase, jobs.ArrayCount), DeregisterArraysActivity.Phase, jobs.RemoveCount);
            parts.Add(jobs.Settled);
            context.SetCustomStatus(progress = progress.Advance(ArraysPhase, jobs.Settled.Summary));
            foreach (var (job, suffix) in new[] { (jobs.Register, "register"), (jobs.Update, "update"), (jobs.Remove, "prune") })
            {
                if (job is null)
                {
                    continue;
                }
                var part = await ListOrchestrator.CallAsync(context, settings, nameof(SweepOrchestrator), job, $"{owner}:{suffix}");
                parts.Add(part);
                context.SetCustomStatus(progress = progress.Advance(job.Feature == DeregisterList.Feature.Name ? DeregisterArraysActivity.Phase : ArraysPhase, part.Summary));
            }
        }

        var gathered = WorkflowReport.Combine(nameof(SweepOrchestrator), input.DryRun, items, parts, settings.ReportFailuresShown);
        context.SetCustomStatus(progress = progress.Enter(ReportPhase));
        // Up to one chunk of lines the output carries inline, as the report document does (small sweeps read as before).
        var report = await Durable.CallAsync<WorkflowReport>(context, settings, nameof(WriteSweepReportActivity),
            new SweepReportBlob(context.InstanceId + ".json", gathered, settings.ChunkSize), "writing the sweep report");
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
