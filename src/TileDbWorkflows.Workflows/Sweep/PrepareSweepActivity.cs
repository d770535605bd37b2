using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// One namespace of the sweep outside any history: reads its manifests, lists every array registered there (all
/// pages; file arrays, notebooks and other typed assets are left out, pruning must never touch them), diffs the two
/// (<see cref="SweepOrchestrator.Diff"/>), writes the settled lines as a report part and the lists to register, update
/// and deregister to the payload store, and answers their jobs.
/// </summary>
[DurableTask(nameof(PrepareSweepActivity))]
public sealed class PrepareSweepActivity(IBlobDocumentStore store, IOptions<SweepOptions> options, ITileDbCloudClient client, WorkflowPayloads payloads)
    : TaskActivity<SweepPreparation, SweepNamespaceJobs>
{
    public const int PageSize = 100;

    public override async Task<SweepNamespaceJobs> RunAsync(TaskActivityContext context, SweepPreparation input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ns = input.Namespace;
        var manifests = new List<RegistrationManifest>();
        foreach (var name in input.Manifests)
        {
            var (manifest, error) = await ManifestReader.ReadAsync(store, options.Value, client, name).ConfigureAwait(false);
            // Checked by the manifests phase a moment ago; a manifest changed since then is the next sweep's to judge.
            manifests.Add(manifest ?? throw new WorkflowFailedException($"manifest '{name}' changed while the sweep ran: {error}"));
        }
        var registered = await ListRegisteredAsync(ns).ConfigureAwait(false);
        var plan = SweepOrchestrator.Diff(ns, manifests, registered);

        var s = input.Settings;
        var settledLines = plan.Unchanged.Select(a => ItemResult.Skipped(ArrayList.Phase, $"tiledb://{ns}/{a.Name}", "already registered")).Concat(plan.Conflicts).ToArray();
        var settled = new WorkflowReport(nameof(SweepOrchestrator), input.DryRun, settledLines);
        if (settledLines.Length > s.InlineReportItems)
        {
            var blob = WorkflowPayloads.ReportName(input.Owner, "arrays-settled", 0);
            await payloads.WriteAsync(blob, settledLines).ConfigureAwait(false);
            settled = new WorkflowReport(nameof(SweepOrchestrator), input.DryRun, [])
            {
                Summary = settled.Summary,
                Failures = settled.Failures.Take(s.ReportFailuresShown).ToArray(),
                ReportBlobs = [blob],
            };
        }

        Task<ListJob?> JobAsync<T>(ListFeature feature, string suffix, object header, IReadOnlyList<T> items) =>
            items.Count == 0
                ? Task.FromResult<ListJob?>(null)
                : StoreAsync(feature, new ListPreparation(string.Empty, $"{input.Owner}:{suffix}", s.ChunkSize, s.BatchSize), header, items, input.DryRun);
        var step = $"registering arrays in {ns}";
        // The listing just read says which arrays are missing: those register without a read each first.
        return new SweepNamespaceJobs(
            settled,
            await JobAsync(ArrayList.Feature, "register", new ArrayHeader(ns, KnownMissing: true, step), plan.Missing).ConfigureAwait(false),
            await JobAsync(ArrayList.Feature, "update", new ArrayHeader(ns, KnownMissing: false, step), plan.Ensure).ConfigureAwait(false),
            await JobAsync(DeregisterList.Feature, "prune", new DeregisterHeader(ns), plan.Remove).ConfigureAwait(false));
    }

    private async Task<ListJob?> StoreAsync<T>(ListFeature feature, ListPreparation preparation, object header, IReadOnlyList<T> items, bool dryRun) =>
        await ListPreparer.StoreAsync(payloads, feature, preparation, header, items, dryRun).ConfigureAwait(false);

    private Task<List<RegisteredArray>> ListRegisteredAsync(string ns) =>
        CloudErrors.RejectingCredentialsAsync(async () =>
        {
            var list = new List<RegisteredArray>();
            await foreach (var a in client.Arrays.ListAllAsync(ListScope.Owned, new ArrayListFilter { Namespace = ns, PerPage = PageSize }).ConfigureAwait(false))
            {
                if (a.Name is null || !string.Equals(a.Namespace, ns, StringComparison.OrdinalIgnoreCase) || a.FileType is not (null or FileType.Unknown))
                {
                    continue;
                }
                list.Add(new RegisteredArray(a.Name, a.Uri, a.Description, a.Tags));
            }
            return list;
        });
}
