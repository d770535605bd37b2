using System.Text.Json;
using Azure.Storage.Blobs;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 13: the sweep's listing and diff stay out of every history (an activity writes the work lists to the payload
/// store) and registration, update and deregistration run on the list engine, exact at thousands of entries.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class Issue13SweepAtScaleTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task A_sweep_of_2200_entries_is_exact_with_at_most_200_history_events_per_instance()
    {
        var manifests = AzuriteFixture.UniqueName("m");
        var reports = AzuriteFixture.UniqueName("r");
        await using var host = await WorkflowHost.StartAsync(s =>
        {
            s["Sweep:ManifestContainer"] = manifests;
            s["Sweep:ReportContainer"] = reports;
            s["Sweep:Namespace"] = "demo";
            s["AzureWebJobsStorage"] = azurite.ConnectionString;
            s["Workflows:BatchSize"] = "50";
            s["Workflows:ChunkSize"] = "250";
            s["Workflows:MaxParallelActivities"] = "8";
        });
        // Registered: 600 as wished, 200 drifted, 200 no manifest lists (pruned). Wished: those 800 and 1,200 missing.
        await host.Emulator.Admin.LoadSeedAsync(new SeedWorld
        {
            Arrays =
            [
                .. Enumerable.Range(0, 600).Select(i => new SeedArray { Namespace = "demo", Name = $"same{i:D4}", Uri = $"s3://b/same{i:D4}", Description = "Same" }),
                .. Enumerable.Range(0, 200).Select(i => new SeedArray { Namespace = "demo", Name = $"drift{i:D4}", Uri = $"s3://b/drift{i:D4}", Description = "Old" }),
                .. Enumerable.Range(0, 200).Select(i => new SeedArray { Namespace = "demo", Name = $"gone{i:D4}", Uri = $"s3://b/gone{i:D4}" }),
            ],
        });
        var wished = Enumerable.Range(0, 600).Select(i => new { name = $"same{i:D4}", storageUri = $"s3://b/same{i:D4}", description = "Same" })
            .Concat(Enumerable.Range(0, 200).Select(i => new { name = $"drift{i:D4}", storageUri = $"s3://b/drift{i:D4}", description = "New" }))
            .Concat(Enumerable.Range(0, 1_200).Select(i => new { name = $"new{i:D4}", storageUri = $"s3://b/new{i:D4}", description = "New array" }))
            .ToArray();
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var container = blobs.GetBlobContainerClient(manifests);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("demo.json").UploadAsync(BinaryData.FromString(JsonSerializer.Serialize(new { prune = true, arrays = wished })), overwrite: true);

        var instance = await host.RunAsync(nameof(SweepOrchestrator), new SweepRequest(), timeout: TimeSpan.FromMinutes(4));

        var report = WorkflowHost.ReportOf(instance);
        Assert.Equal(new ReportSummary(Created: 1_200, Updated: 200, Deleted: 200, Skipped: 601, Failed: 0), report.Summary);
        var lines = await host.FullReportAsync(instance.InstanceId);
        Assert.Equal(2_201, lines.Count);
        Assert.Equal(1_200, lines.Count(l => l.Phase == "arrays" && l.Outcome == ItemOutcome.Created));
        Assert.Equal(200, lines.Count(l => l.Phase == "prune" && l.Outcome == ItemOutcome.Deleted));
        Assert.Single(lines, l => l.Phase == "manifests");

        var state = (await host.StateAsync()).GetProperty("arrays").EnumerateArray().Where(a => a.GetProperty("namespace").GetString() == "demo").ToArray();
        Assert.Equal(2_000, state.Length);
        Assert.DoesNotContain(state, a => a.GetProperty("name").GetString()!.StartsWith("gone", StringComparison.Ordinal));
        Assert.All(state.Where(a => a.GetProperty("name").GetString()!.StartsWith("drift", StringComparison.Ordinal)), a => Assert.Equal("New", a.GetProperty("description").GetString()));

        var written = await blobs.GetBlobContainerClient(reports).GetBlobClient(instance.InstanceId + ".json").DownloadContentAsync();
        using var document = JsonDocument.Parse(written.Value.Content);
        Assert.Equal(2_201, document.RootElement.GetProperty("items").GetArrayLength());

        var id = instance.InstanceId;
        var histories = host.Backend.MaxHistoryEvents.Where(h => h.Key == id || h.Key.StartsWith(id + ":", StringComparison.Ordinal)).ToArray();
        output.WriteLine($"history events: parent {histories.Single(h => h.Key == id).Value}, max over {histories.Length} instances {histories.Max(h => h.Value)}");
        Assert.All(histories, h => Assert.InRange(h.Value, 1, 200));
    }
}
