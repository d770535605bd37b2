using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Tests.Onboarding;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 15 (left for 17): the onboarding dry run judged shares and invitations of assets the same plan creates against
/// the live state, so each failed ("… is neither an array nor a group visible to this account", or a 404). The dry run
/// is now a plan against the state the plan would produce.
/// </summary>
public sealed class Issue15DryRunAgainstProducedStateTests
{
    [Fact]
    public async Task A_dry_run_on_a_fresh_namespace_says_would_share_and_would_invite_and_fails_nothing()
    {
        await using var host = await WorkflowHost.StartAsync();

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(OnboardingWorkflowTests.FullPlan(), DryRun: true)));

        Assert.DoesNotContain(report.Items, i => i.Outcome == ItemOutcome.Failed);
        Assert.Equal(4, report.Items.Count(i => i.Phase == "shares" && i.Outcome == ItemOutcome.Created && i.Reason == "would share: read"));
        Assert.Equal(2, report.Items.Count(i => i.Phase == "invitations" && i.Reason!.StartsWith("would invite", StringComparison.Ordinal) && i.Item.StartsWith("tiledb://demo/weather", StringComparison.Ordinal)));
        Assert.Empty(await host.MutatingRequestsAsync());
        Assert.NotNull(report.Plan);
    }
}
