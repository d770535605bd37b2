using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 15: a bulk invitation's refused user name said "unknown user or malformed email" though emails are checked
/// before sending; the service refuses exactly the names it has no namespace for, so the report says that.
/// </summary>
public sealed class InvitationRefusalReasonTests
{
    [Fact]
    public async Task A_refused_user_name_is_reported_as_an_unknown_namespace()
    {
        await using var host = await WorkflowHost.StartAsync();

        var instance = await host.RunAsync(nameof(BulkInvitationOrchestrator), new BulkInvitationRequest
        {
            RequestId = "refusal-reason",
            Kind = InvitationKind.Array,
            Target = "tiledb://TileDB-Inc/quickstart_dense",
            Recipients = ["ghost", "carol"],
            Actions = ["read"],
        });

        var report = WorkflowHost.ReportOf(instance);
        var ghost = report.Items.Single(i => i.Item == "ghost");
        Assert.Equal(ItemOutcome.Failed, ghost.Outcome);
        Assert.StartsWith("unknown namespace: TileDB Cloud has no user named 'ghost'", ghost.Reason, StringComparison.Ordinal);
        Assert.Contains("207", ghost.Reason, StringComparison.Ordinal);
        Assert.Equal(ItemOutcome.Created, report.Items.Single(i => i.Item == "carol").Outcome);
    }
}
