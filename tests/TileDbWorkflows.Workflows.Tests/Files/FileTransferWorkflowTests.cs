using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Files;

public sealed class FileTransferWorkflowTests
{
    [Fact]
    public async Task Files_are_imported_verified_and_exported_with_a_result_per_file()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.AddStorageObjectsAsync(["s3://in/report.pdf", "s3://in/slides.pptx", "s3://in/q.pdf"]);
        var imports = new FileTransferRequest
        {
            Namespace = "demo",
            Imports =
            [
                new FileImportSpec { Name = "report", InputUri = "s3://in/report.pdf", OutputUri = "s3://out/report" },
                new FileImportSpec { Name = "slides", InputUri = "s3://in/slides.pptx" },
                new FileImportSpec { Name = "quickstart", InputUri = "s3://in/q.pdf", OutputUri = "s3://out/q" },
            ],
        };
        var imported = WorkflowHost.ReportOf(await host.RunAsync(nameof(FileTransferOrchestrator), imports));

        Assert.Equal(ItemOutcome.Created, imported.Items.Single(i => i.Item == "tiledb://demo/report").Outcome);
        Assert.Equal(ItemOutcome.Created, imported.Items.Single(i => i.Item == "tiledb://demo/slides").Outcome);
        var state = await host.StateAsync();
        var slides = Onboarding.OnboardingWorkflowTests.Array(state, "demo", "slides");
        Assert.EndsWith("/slides", slides.GetProperty("uri").GetString(), StringComparison.Ordinal);

        var again = WorkflowHost.ReportOf(await host.RunAsync(nameof(FileTransferOrchestrator), imports));
        Assert.All(again.Items, i => Assert.Equal(ItemOutcome.Skipped, i.Outcome));

        var exports = new FileTransferRequest
        {
            Namespace = "demo",
            Exports =
            [
                new FileExportSpec { Uri = "tiledb://demo/report", OutputUri = "s3://exports/report.pdf" },
                new FileExportSpec { Uri = "tiledb://demo/none", OutputUri = "s3://exports/none.pdf" },
                new FileExportSpec { Uri = "tiledb://TileDB-Inc/quickstart_dense", OutputUri = "s3://exports/dense" },
            ],
        };
        var exported = WorkflowHost.ReportOf(await host.RunAsync(nameof(FileTransferOrchestrator), exports));

        Assert.Equal(ItemOutcome.Created, exported.Items.Single(i => i.Item.StartsWith("tiledb://demo/report", StringComparison.Ordinal)).Outcome);
        Assert.Equal(ItemOutcome.Failed, exported.Items.Single(i => i.Item.StartsWith("tiledb://demo/none", StringComparison.Ordinal)).Outcome);
        Assert.Contains("not a file array", exported.Items.Single(i => i.Item.StartsWith("tiledb://TileDB-Inc", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
        Assert.Contains("s3://exports/report.pdf", (await host.StateAsync()).GetProperty("storage").EnumerateArray().Select(s => s.GetString()));
    }
}
