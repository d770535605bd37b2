using System.Diagnostics;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;
using Xunit.Abstractions;

namespace TileDbWorkflows.Workflows.Tests.Invitations;

public sealed class BulkInvitationWorkflowTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Five_thousand_recipients_get_the_right_result_each_with_bounded_histories()
    {
        await using var host = await WorkflowHost.StartAsync(s =>
        {
            s["Workflows:InvitationChunkSize"] = "500";
            s["Workflows:InvitationBatchSize"] = "100";
            s["Workflows:MaxParallelSubOrchestrations"] = "4";
            s["Workflows:MaxParallelActivities"] = "2";
        });
        // alice already holds read; bob was invited before; "ghost" is no user (refused in a 207); duplicates collapse.
        await host.Cloud.Arrays.ShareAsync(new Cloud.TileDbUri("TileDB-Inc", "quickstart_dense"), "alice", [Cloud.Arrays.ArrayAction.Read]);
        await host.Cloud.Invitations.InviteToArrayAsync(new Cloud.TileDbUri("TileDB-Inc", "quickstart_dense"), ["bob"], [Cloud.Arrays.ArrayAction.Read]);
        var emails = Enumerable.Range(0, 4995).Select(i => $"user{i:D5}@example.org").ToList();
        var recipients = new List<string>(emails) { "alice", "bob", "ghost", "carol", " USER00001@example.org ", "user00002@example.org" };
        var request = new BulkInvitationRequest
        {
            RequestId = "bulk-5000",
            Kind = InvitationKind.Array,
            Target = "tiledb://TileDB-Inc/quickstart_dense",
            Recipients = recipients,
            Actions = ["read"],
        };

        var clock = Stopwatch.StartNew();
        var started = await host.Api.HandleBulkInvitationMessageAsync(host.Client, System.Text.Json.JsonSerializer.Serialize(request, WorkflowJson.Options), CancellationToken.None);
        Assert.Equal(QueueMessageOutcome.Started, started.Outcome);
        WorkflowHost.ReportOf(await host.WaitAsync(started.InstanceId!));
        clock.Stop();
        // Chunked: the lines are in the payload store, read through the report route.
        var report = new { Items = await host.FullReportAsync(started.InstanceId!) };

        Assert.Equal(4999, report.Items.Count);
        Assert.Equal(4996, report.Items.Count(i => i.Outcome == ItemOutcome.Created));
        Assert.Equal("already has access", report.Items.Single(i => i.Item == "alice").Reason);
        Assert.Equal("already invited", report.Items.Single(i => i.Item == "bob").Reason);
        Assert.Equal(ItemOutcome.Failed, report.Items.Single(i => i.Item == "ghost").Outcome);
        Assert.Contains("207", report.Items.Single(i => i.Item == "ghost").Reason, StringComparison.Ordinal);
        var state = await host.StateAsync();
        Assert.Equal(4997, state.GetProperty("invitations").GetArrayLength());

        var histories = host.Backend.MaxHistoryEvents;
        var parent = histories[started.InstanceId!];
        var chunks = histories.Where(h => h.Key.StartsWith(started.InstanceId + ":chunk-", StringComparison.Ordinal)).ToArray();
        output.WriteLine($"5,000 recipients in {clock.Elapsed.TotalSeconds:0.0} s; history events: parent {parent}, chunks max {chunks.Max(c => c.Value)} over {chunks.Length} chunks");
        Assert.Equal(10, chunks.Length);
        // Bounded by chunk count and chunk size, not by the 5,000 recipients: 10 chunks and 5 batches each.
        Assert.InRange(parent, 1, 60);
        Assert.All(chunks, c => Assert.InRange(c.Value, 1, 40));

        // A redelivered message starts nothing new.
        var again = await host.Api.HandleBulkInvitationMessageAsync(host.Client, System.Text.Json.JsonSerializer.Serialize(request, WorkflowJson.Options), CancellationToken.None);
        Assert.Equal(QueueMessageOutcome.AlreadyStarted, again.Outcome);
        Assert.Equal(started.InstanceId, again.InstanceId);
    }

    [Fact]
    public async Task Group_and_organization_invitations_skip_members_and_survive_500s()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/invitations/*/join", Method = "POST", Kind = FaultKinds.ServerError, Count = 2 }] });

        var org = WorkflowHost.ReportOf(await host.RunAsync(nameof(BulkInvitationOrchestrator), new BulkInvitationRequest
        {
            RequestId = "org",
            Kind = InvitationKind.Organization,
            Target = "TileDB-Inc",
            Recipients = ["demo", "alice", "x@example.org"],
            Role = "read_write",
        }));
        var group = WorkflowHost.ReportOf(await host.RunAsync(nameof(BulkInvitationOrchestrator), new BulkInvitationRequest
        {
            RequestId = "group",
            Kind = InvitationKind.Group,
            Target = "tiledb://TileDB-Inc/quickstart",
            Recipients = ["bob", "bob"],
            GroupActions = ["read"],
        }));

        Assert.Equal("already a member", org.Items.Single(i => i.Item == "demo").Reason);
        Assert.Equal(ItemOutcome.Created, org.Items.Single(i => i.Item == "alice").Outcome);
        Assert.Equal(ItemOutcome.Created, Assert.Single(group.Items).Outcome);
        var state = await host.StateAsync();
        Assert.Equal(3, state.GetProperty("invitations").GetArrayLength());
    }

    [Fact]
    public async Task A_target_that_does_not_exist_fails_every_recipient_but_not_the_workflow()
    {
        await using var host = await WorkflowHost.StartAsync();

        var instance = await host.RunAsync(nameof(BulkInvitationOrchestrator), new BulkInvitationRequest
        {
            RequestId = "missing",
            Kind = InvitationKind.Array,
            Target = "tiledb://demo/nothing-here",
            Recipients = ["alice", "bob"],
            Actions = ["read"],
        });

        var report = WorkflowHost.ReportOf(instance);
        Assert.All(report.Items, i => Assert.Equal(ItemOutcome.Failed, i.Outcome));
        Assert.All(report.Items, i => Assert.Contains("404", i.Reason, StringComparison.Ordinal));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
    }
}
