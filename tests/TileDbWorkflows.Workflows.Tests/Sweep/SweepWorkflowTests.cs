using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Sweep;

[Collection(AzuriteFixture.Collection)]
public sealed class SweepWorkflowTests(AzuriteFixture azurite)
{
    private static readonly SeedWorld Registered = new()
    {
        Arrays =
        [
            new SeedArray { Namespace = "demo", Name = "same", Uri = "s3://b/same", Description = "Same", Tags = ["x"] },
            new SeedArray { Namespace = "demo", Name = "drifted", Uri = "s3://b/drifted", Description = "Old words", Tags = ["old"] },
            new SeedArray { Namespace = "demo", Name = "removed", Uri = "s3://b/removed" },
            new SeedArray { Namespace = "demo", Name = "a-file", Uri = "s3://b/files/a", FileType = "file" },
        ],
    };

    private async Task<(WorkflowHost Host, BlobServiceClient Blobs, string Manifests, string Reports)> StartAsync()
    {
        var manifests = AzuriteFixture.UniqueName("m");
        var reports = AzuriteFixture.UniqueName("r");
        var host = await WorkflowHost.StartAsync(s =>
        {
            s["Sweep:ManifestContainer"] = manifests;
            s["Sweep:ReportContainer"] = reports;
            s["Sweep:Namespace"] = "demo";
            s["AzureWebJobsStorage"] = azurite.ConnectionString;
        });
        await host.Emulator.Admin.LoadSeedAsync(Registered);
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        await blobs.GetBlobContainerClient(manifests).CreateIfNotExistsAsync();
        return (host, blobs, manifests, reports);
    }

    private static async Task PutAsync(BlobServiceClient blobs, string container, string name, string json) =>
        await blobs.GetBlobContainerClient(container).GetBlobClient(name).UploadAsync(BinaryData.FromString(json), overwrite: true);

    private const string PruningManifest = """
        {
          "prune": true,
          "arrays": [
            { "name": "same", "storageUri": "s3://b/same", "description": "Same", "tags": ["x"] },
            { "name": "drifted", "storageUri": "s3://b/drifted", "description": "New words", "tags": ["new", "tags"] },
            { "name": "missing", "storageUri": "s3://b/missing", "description": "Was missing" }
          ]
        }
        """;

    [Fact]
    public async Task Sweep_registers_missing_updates_drifted_prunes_removed_and_writes_the_report()
    {
        var (host, blobs, manifests, reports) = await StartAsync();
        await using var _ = host;
        await PutAsync(blobs, manifests, "demo.json", PruningManifest);
        await PutAsync(blobs, manifests, "notes.txt", "not a manifest");

        var id = await host.Api.StartScheduledSweepAsync(host.Client, new DateTimeOffset(2025, 1, 2, 2, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var again = await host.Api.StartScheduledSweepAsync(host.Client, new DateTimeOffset(2025, 1, 2, 2, 0, 0, TimeSpan.Zero), CancellationToken.None);
        Assert.Equal(id, again);
        var report = WorkflowHost.ReportOf(await host.WaitAsync(id));

        ItemOutcome Outcome(string name) => report.Items.Single(i => i.Item == $"tiledb://demo/{name}").Outcome;
        Assert.Equal(ItemOutcome.Skipped, Outcome("same"));
        Assert.Equal(ItemOutcome.Updated, Outcome("drifted"));
        Assert.Equal(ItemOutcome.Created, Outcome("missing"));
        Assert.Equal(ItemOutcome.Deleted, Outcome("removed"));
        Assert.DoesNotContain(report.Items, i => i.Item.Contains("a-file", StringComparison.Ordinal));

        var state = await host.StateAsync();
        var names = state.GetProperty("arrays").EnumerateArray().Where(a => a.GetProperty("namespace").GetString() == "demo")
            .Select(a => a.GetProperty("name").GetString()!).Order().ToArray();
        Assert.Equal(["a-file", "drifted", "missing", "same"], names);
        var drifted = Onboarding.OnboardingWorkflowTests.Array(state, "demo", "drifted");
        Assert.Equal("New words", drifted.GetProperty("description").GetString());
        Assert.Equal(["new", "tags"], drifted.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).Order());

        var blob = await blobs.GetBlobContainerClient(reports).GetBlobClient(id + ".json").DownloadContentAsync();
        using var written = JsonDocument.Parse(blob.Value.Content);
        Assert.Equal("SweepOrchestrator", written.RootElement.GetProperty("workflow").GetString());
        Assert.Equal(report.Items.Count, written.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Without_prune_nothing_is_deregistered_and_a_second_sweep_changes_nothing()
    {
        var (host, blobs, manifests, _) = await StartAsync();
        await using var __ = host;
        await PutAsync(blobs, manifests, "demo.json", PruningManifest.Replace("\"prune\": true", "\"prune\": false", StringComparison.Ordinal));

        WorkflowHost.ReportOf(await host.RunAsync(nameof(SweepOrchestrator), new SweepRequest()));
        await host.Emulator.Admin.ClearRequestsAsync();
        var second = WorkflowHost.ReportOf(await host.RunAsync(nameof(SweepOrchestrator), new SweepRequest { Manifest = "demo.json" }));

        Assert.All(second.Items, i => Assert.Equal(ItemOutcome.Skipped, i.Outcome));
        Assert.Empty(await host.MutatingRequestsAsync());
        var state = await host.StateAsync();
        Assert.Contains(state.GetProperty("arrays").EnumerateArray(), a => a.GetProperty("name").GetString() == "removed");
    }

    [Fact]
    public async Task Listing_reads_every_page_and_faults_are_retried()
    {
        var (host, blobs, manifests, _) = await StartAsync();
        await using var __ = host;
        await host.Emulator.Admin.LoadSeedAsync(new SeedWorld
        {
            Arrays = Enumerable.Range(0, 230).Select(i => new SeedArray { Namespace = "demo", Name = $"bulk{i:D3}", Uri = $"s3://b/bulk{i:D3}" }).ToList(),
        });
        // Only the three arrays of the manifest remain after a pruning sweep: the 230 + 3 seeded sit on three pages.
        await PutAsync(blobs, manifests, "demo.json", PruningManifest);
        await host.Emulator.Admin.SetFaultsAsync(new FaultSpec
        {
            Rules =
            [
                new FaultRule { Route = "/v1/arrays/browser/owned", Kind = FaultKinds.Capacity, Count = 3 },
                new FaultRule { Route = "/v1/arrays/demo/*/deregister", Kind = FaultKinds.RateLimit, Count = 3 },
            ],
        });

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(SweepOrchestrator), new SweepRequest()));

        Assert.Equal(231, report.Items.Count(i => i.Outcome == ItemOutcome.Deleted));
        var state = await host.StateAsync();
        Assert.Equal(4, state.GetProperty("arrays").EnumerateArray().Count(a => a.GetProperty("namespace").GetString() == "demo"));
        var pages = await host.Emulator.Admin.GetRequestsAsync(method: "GET", path: "/v1/arrays/browser/owned", status: 200);
        Assert.True(pages.Count >= 3, $"{pages.Count} listing pages read");
    }

    [Fact]
    public async Task A_bad_manifest_is_reported_and_the_others_still_run()
    {
        var (host, blobs, manifests, _) = await StartAsync();
        await using var __ = host;
        await PutAsync(blobs, manifests, "a-broken.json", """{ "arrays": [ { "name": "x", "storageUri": "not-a-uri" } ] }""");
        await PutAsync(blobs, manifests, "b-typo.json", """{ "arays": [] }""");
        await PutAsync(blobs, manifests, "c-good.json", """{ "arrays": [ { "name": "fresh", "storageUri": "s3://b/fresh" } ] }""");

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(SweepOrchestrator), new SweepRequest()));

        Assert.Equal(ItemOutcome.Failed, report.Items.Single(i => i.Item == "a-broken.json").Outcome);
        Assert.Contains("storageUri", report.Items.Single(i => i.Item == "a-broken.json").Reason, StringComparison.Ordinal);
        Assert.Equal(ItemOutcome.Failed, report.Items.Single(i => i.Item == "b-typo.json").Outcome);
        Assert.Equal(ItemOutcome.Created, report.Items.Single(i => i.Item == "tiledb://demo/fresh").Outcome);
    }

    [Fact]
    public async Task A_missing_manifest_container_fails_the_sweep_with_its_name()
    {
        var (host, _, _, _) = await StartAsync();
        await using var __ = host;
        var instance = await host.RunAsync(nameof(SweepOrchestrator), new SweepRequest(), "sweep-nocontainer");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);

        await using var other = await WorkflowHost.StartAsync(s =>
        {
            s["Sweep:ManifestContainer"] = "does-not-exist";
            s["AzureWebJobsStorage"] = azurite.ConnectionString;
        });
        var failed = await other.RunAsync(nameof(SweepOrchestrator), new SweepRequest());
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        Assert.Contains("'does-not-exist' does not exist", failed.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }
}
