using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Plans;

/// <summary>The plan document, its lines and the desired state in Azure blob storage (Azurite), as deployed.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class PlanApplyOnAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_plan_kept_in_blob_storage_is_applied_by_its_id_and_then_nothing_is_left_to_change()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Seed = new SeedWorld { StorageObjects = ["s3://demo-bucket/docs/sensor-manual.pdf"] } });
        var payloads = AzuriteFixture.UniqueName("p");
        await using var host = await WorkflowHost.StartAsync(s =>
        {
            s["AzureWebJobsStorage"] = azurite.ConnectionString;
            s["Workflows:PayloadContainer"] = payloads;
            // Every plan's lines go by reference, as a big plan's do.
            s["Workflows:InlineReportItems"] = "0";
        }, emulator: emulator);
        var state = PlanApplyWorkflowTests.Sample();

        var plan = WorkflowHost.ReportOf(await host.RunAsync(nameof(PlanOrchestrator), new PlanInput(state), "plan-azurite-1"));

        Assert.Equal([PlanDocument.LinesNameFor("plan-azurite-1")], plan.ReportBlobs);
        Assert.Equal(15, plan.Plan!.Changes);
        Assert.Equal(20, (await host.FullReportAsync("plan-azurite-1")).Count);
        var applied = WorkflowHost.ReportOf(await host.RunAsync(nameof(ApplyOrchestrator), new ApplyRequest { PlanId = "plan-azurite-1" }));
        Assert.Equal(ApplyOrchestrator.Applied, applied.Plan!.Outcome);
        Assert.Equal(0, WorkflowHost.ReportOf(await host.RunAsync(nameof(PlanOrchestrator), new PlanInput(state))).Plan!.Changes);
    }
}
