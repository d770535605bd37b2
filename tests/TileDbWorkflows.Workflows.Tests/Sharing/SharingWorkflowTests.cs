using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Sharing;

public sealed class SharingWorkflowTests
{
    [Fact]
    public async Task Share_extend_and_revoke_with_one_result_per_user()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.LoadSeedAsync(new SeedWorld
        {
            Arrays =
            [
                new SeedArray { Namespace = "demo", Name = "a1", Uri = "s3://b/a1", Shares = new() { ["alice"] = ["read"] } },
                new SeedArray { Namespace = "demo", Name = "a2", Uri = "s3://b/a2" },
            ],
            Groups = [new SeedGroup { Namespace = "demo", Name = "g1", Uri = "s3://b/g1" }],
        });

        var share = new SharingRequest
        {
            Namespace = "demo",
            Shares =
            [
                new ShareSpec { Assets = ["a1", "a2", "g1"], Users = ["alice", "bob", "carol"], Actions = ["read", "write"] },
                new ShareSpec { Assets = ["a1"], Users = ["alice"], Actions = ["read"] },
                new ShareSpec { Assets = ["tiledb://demo/gone"], Users = ["bob"], Actions = ["read"] },
            ],
        };
        var shared = WorkflowHost.ReportOf(await host.RunAsync(nameof(SharingOrchestrator), share));

        Assert.Equal(10, shared.Items.Count);
        Assert.Equal(ItemOutcome.Updated, shared.Items.Single(i => i.Item == "tiledb://demo/a1 -> alice").Outcome);
        Assert.Equal(8, shared.Items.Count(i => i.Outcome == ItemOutcome.Created));
        Assert.Equal(ItemOutcome.Failed, shared.Items.Single(i => i.Item == "tiledb://demo/gone -> bob").Outcome);
        var state = await host.StateAsync();
        Assert.Equal(["read", "write"], Onboarding.OnboardingWorkflowTests.Array(state, "demo", "a2").GetProperty("shares").GetProperty("carol").EnumerateArray().Select(a => a.GetString()!).Order());

        var revoke = new SharingRequest { Namespace = "demo", Revoke = true, Shares = [new ShareSpec { Assets = ["a1", "g1"], Users = ["bob", "carol"] }, new ShareSpec { Assets = ["a2"], Users = ["demo"] }] };
        var revoked = WorkflowHost.ReportOf(await host.RunAsync(nameof(SharingOrchestrator), revoke));

        Assert.Equal(4, revoked.Items.Count(i => i.Outcome == ItemOutcome.Deleted));
        Assert.Equal("not shared", revoked.Items.Single(i => i.Item == "tiledb://demo/a2 -> demo").Reason);
        state = await host.StateAsync();
        var a1Shares = Onboarding.OnboardingWorkflowTests.Array(state, "demo", "a1").GetProperty("shares");
        Assert.False(a1Shares.TryGetProperty("bob", out _));
        Assert.True(a1Shares.TryGetProperty("alice", out _));
    }
}
