using System.Globalization;
using System.Text.Json;
using Azure.Storage.Blobs;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>
/// Scenario 3: a registration sweep over one manifest of N entries of which every other one is already registered
/// with the same storage (so nothing drifts and nothing is pruned: the work is N/2 registrations).
/// </summary>
internal sealed class SweepScenario(int entries) : IScenario
{
    public const string ManifestBlob = "bench-sweep.json";

    private readonly ArraySpec[] specs = Enumerable.Range(0, entries)
        .Select(i => new ArraySpec
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"bench-sweep-{i:D5}"),
            StorageUri = string.Create(CultureInfo.InvariantCulture, $"s3://bench-bucket/sweep/{i:D5}"),
        })
        .ToArray();

    public string Name => "sweep";

    public string Shape => string.Create(CultureInfo.InvariantCulture, $"{entries} entries, {(entries + 1) / 2} registered");

    public int Items => entries;

    public string ItemPhase => SweepOrchestrator.ArraysPhase;

    public bool NeedsStorage => true;

    public SeedWorld Seed() => new()
    {
        Arrays = specs.Where((_, i) => i % 2 == 0)
            .Select(s => new SeedArray { Namespace = BenchWorld.Namespace, Name = s.Name, Uri = s.StorageUri })
            .ToList(),
    };

    public async Task PrepareAsync(string? storageConnectionString, CancellationToken cancellationToken)
    {
        var container = Container(storageConnectionString);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var manifest = new RegistrationManifest { Namespace = BenchWorld.Namespace, Prune = false, Arrays = specs };
        await container.GetBlobClient(ManifestBlob)
            .UploadAsync(BinaryData.FromObjectAsJson(manifest, WorkflowJson.Options), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The service is unlimited here: the limit uses every activity slot of the worker, whatever ours is set to.</summary>
    public int Concurrency(WorkflowOptions workflows, DurableBackendOptions durable) => durable.MaxConcurrentActivities;

    /// <summary>
    /// The least a sweep must do: read the manifest, list what is registered (all pages), register what is missing.
    /// The plan comes from the shipped <see cref="SweepOrchestrator.Diff"/>, so both decide the same work.
    /// </summary>
    public async Task<ScenarioOutcome> RunLimitAsync(ScenarioEnvironment environment, int concurrency, CancellationToken cancellationToken)
    {
        var content = await Container(environment.StorageConnectionString).GetBlobClient(ManifestBlob)
            .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        var manifest = JsonSerializer.Deserialize<RegistrationManifest>(content.Value.Content.ToMemory().Span, WorkflowJson.Options)
            ?? throw new InvalidOperationException("empty manifest");
        var registered = new List<RegisteredArray>();
        var filter = new ArrayListFilter { Namespace = manifest.Namespace, PerPage = PrepareSweepActivity.PageSize };
        await foreach (var a in environment.Client.Arrays.ListAllAsync(ListScope.Owned, filter, cancellationToken).ConfigureAwait(false))
        {
            if (a.Name is not null)
            {
                registered.Add(new RegisteredArray(a.Name, a.Uri, a.Description, a.Tags));
            }
        }
        var plan = SweepOrchestrator.Diff(manifest.Namespace, [manifest], registered);
        var failed = 0;
        // The bench manifest only adds arrays, so the missing ones are the whole of the work (nothing drifts).
        await Parallel.ForEachAsync(plan.Missing.Concat(plan.Ensure), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (spec, ct) =>
        {
            try
            {
                await environment.Client.Arrays.RegisterAsync(new ArrayRegistration
                {
                    StorageUri = spec.StorageUri, Namespace = manifest.Namespace, Name = spec.Name, Description = spec.Description,
                }, ct).ConfigureAwait(false);
            }
            catch (TileDbCloudException)
            {
                Interlocked.Increment(ref failed);
            }
        }).ConfigureAwait(false);
        return new ScenarioOutcome(entries - failed, failed);
    }

    public WorkflowStart Ours(string instanceId) => new(nameof(SweepOrchestrator), new SweepRequest { Manifest = ManifestBlob }, ApiRouteTable.StartSweep);

    public WorkflowStart Naive(string instanceId) => new(nameof(NaiveSweepOrchestrator), ManifestBlob);

    private static BlobContainerClient Container(string? connectionString) =>
        new BlobServiceClient(connectionString ?? throw new InvalidOperationException("the sweep needs Azurite for its manifest"))
            .GetBlobContainerClient(new SweepOptions().ManifestContainer);
}
