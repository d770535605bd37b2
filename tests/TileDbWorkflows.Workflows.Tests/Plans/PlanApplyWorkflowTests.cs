using System.Text.Json;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Tests.Plans;

/// <summary>
/// Plan, apply, approve and drift end to end: the Durable Task engine in memory, the TileDB client against the
/// emulator, drift made behind the workflows' back through the same client.
/// </summary>
public sealed class PlanApplyWorkflowTests
{
    private const string Readings = "tiledb://demo/sensor_readings";
    private const string Sites = "tiledb://demo/sensor_sites";
    private const string Weather = "tiledb://demo/weather_daily";
    private const string Sensors = "tiledb://demo/sensors";

    /// <summary>samples/onboarding.json, as the CLI and the API read it.</summary>
    internal static OnboardingPlan Sample() =>
        JsonSerializer.Deserialize<OnboardingPlan>(File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "onboarding.json")), WorkflowJson.Options)!;

    private static Task<WorkflowHost> StartAsync(Action<Dictionary<string, string?>>? configure = null) =>
        StartOnAsync(configure);

    private static async Task<WorkflowHost> StartOnAsync(Action<Dictionary<string, string?>>? configure)
    {
        var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Seed = new SeedWorld { StorageObjects = ["s3://demo-bucket/docs/sensor-manual.pdf"] } });
        try
        {
            return await WorkflowHost.StartAsync(configure, emulator: emulator);
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    private static async Task<(WorkflowReport Report, IReadOnlyList<ItemResult> Lines)> PlanAsync(WorkflowHost host, OnboardingPlan state, string? id = null)
    {
        id ??= "plan-" + Guid.NewGuid().ToString("N");
        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(PlanOrchestrator), new PlanInput(state), id));
        return (report, await host.FullReportAsync(id));
    }

    private static async Task<WorkflowReport> ApplyAsync(WorkflowHost host, ApplyRequest request) =>
        WorkflowHost.ReportOf(await host.RunAsync(nameof(ApplyOrchestrator), request));

    private static string[] Changes(IEnumerable<ItemResult> lines, ItemOutcome outcome, string kind) =>
        lines.Where(l => l.Phase == kind && l.Outcome == outcome).Select(l => l.Item).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Plan_on_a_fresh_namespace_lists_every_change_apply_makes_them_and_a_second_plan_is_empty()
    {
        await using var host = await StartAsync();
        await host.Emulator.Admin.ClearRequestsAsync();

        var (plan, lines) = await PlanAsync(host, Sample());

        Assert.Empty(await host.MutatingRequestsAsync());
        Assert.Equal([Readings, Sites, Weather], Changes(lines, ItemOutcome.Created, PlanKinds.Arrays));
        Assert.Equal([Sensors], Changes(lines, ItemOutcome.Created, PlanKinds.Groups));
        Assert.Equal(["tiledb://demo/sensor_manual"], Changes(lines, ItemOutcome.Created, PlanKinds.Files));
        Assert.Equal([$"{Sensors} member {Readings}", $"{Sensors} member {Sites}"], Changes(lines, ItemOutcome.Created, PlanKinds.Members));
        Assert.Equal([$"{Readings} -> alice", $"{Readings} -> bob", $"{Sites} -> alice", $"{Sites} -> bob", $"{Weather} -> carol"], Changes(lines, ItemOutcome.Created, PlanKinds.Shares));
        // Invitations of assets the plan itself creates: planned against the state the plan produces (issue 15's dry run).
        Assert.Equal([$"{Sensors} -> partner@example.com", $"{Weather} -> field.team@example.com", $"{Weather} -> new.analyst@example.com"],
            Changes(lines, ItemOutcome.Created, PlanKinds.Invitations));
        Assert.Contains(lines, l => l.Phase == PlanKinds.Access && l.Item == $"carol on {Weather}" && l.Reason == "gains read,write");
        Assert.Equal(5, lines.Count(l => l.Phase == PlanKinds.Access && l.Outcome == ItemOutcome.Created));
        Assert.DoesNotContain(lines, l => l.Outcome is ItemOutcome.Deleted or ItemOutcome.Failed);
        Assert.Equal(15, plan.Plan!.Changes);
        Assert.Equal(0, plan.Plan.Destructive);

        var applied = await ApplyAsync(host, new ApplyRequest { PlanId = plan.Plan.Id, AutoApprove = true });

        Assert.Equal(ApplyOrchestrator.Applied, applied.Plan!.Outcome);
        Assert.Equal(0, applied.Summary.Failed);
        var (again, againLines) = await PlanAsync(host, Sample());
        Assert.Equal(0, again.Plan!.Changes);
        Assert.Empty(againLines);
    }

    [Fact]
    public async Task Drift_made_behind_our_back_is_found_with_its_access_diff_and_repaired_by_apply()
    {
        await using var host = await StartAsync();
        var state = Sample() with { Prune = new PrunePolicy { Shares = true } };
        // The group is shared too, so a removed member is access lost through a group.
        state = state with { Shares = [.. state.Shares, new ShareSpec { Assets = ["sensors"], Users = ["carol"], Actions = ["read"] }] };
        Assert.Equal(ApplyOrchestrator.Applied, (await ApplyAsync(host, new ApplyRequest { State = state, AutoApprove = true })).Plan!.Outcome);
        Assert.Equal(0, (await PlanAsync(host, state)).Report.Plan!.Changes);

        var cloud = host.Cloud;
        await cloud.Arrays.UnshareAsync(TileDbUri.Parse(Readings), "alice");
        await cloud.Arrays.ShareAsync(TileDbUri.Parse(Weather), "bob", [ArrayAction.Read]);
        await cloud.Groups.RemoveMemberAsync(TileDbUri.Parse(Sensors), TileDbUri.Parse(Readings));
        await cloud.Arrays.UpdateInfoAsync(TileDbUri.Parse(Weather), new ArrayInfoUpdate { Description = "changed by hand" });
        await cloud.Arrays.DeregisterAsync(TileDbUri.Parse(Sites));

        var (drift, lines) = await PlanAsync(host, state);

        Assert.Equal([Sites], Changes(lines, ItemOutcome.Created, PlanKinds.Arrays));
        Assert.Contains(lines, l => l.Phase == PlanKinds.Arrays && l.Item == Weather && l.Outcome == ItemOutcome.Updated && l.Reason!.Contains("description: 'changed by hand' -> 'Daily weather aggregates'", StringComparison.Ordinal));
        Assert.Contains($"{Sensors} member {Readings}", Changes(lines, ItemOutcome.Created, PlanKinds.Members));
        Assert.Contains($"{Readings} -> alice", Changes(lines, ItemOutcome.Created, PlanKinds.Shares));
        Assert.Equal([$"{Weather} -> bob"], Changes(lines, ItemOutcome.Deleted, PlanKinds.Shares));
        Assert.Contains(lines, l => l.Phase == PlanKinds.Access && l.Item == $"alice on {Readings}" && l.Reason == "gains read");
        Assert.Contains(lines, l => l.Phase == PlanKinds.Access && l.Item == $"bob on {Weather}" && l.Reason == "loses read");
        // Through the group: carol reads the group's members, so the removed member comes back to her.
        Assert.Contains(lines, l => l.Phase == PlanKinds.Access && l.Item == $"carol on {Readings}" && l.Reason == "gains read");
        Assert.Contains(lines, l => l.Phase == PlanKinds.Access && l.Item == $"carol on {Sites}" && l.Reason == "gains read");
        Assert.Equal(1, drift.Plan!.Destructive);

        var repaired = await ApplyAsync(host, new ApplyRequest { PlanId = drift.Plan.Id, AutoApprove = true });

        Assert.Equal(ApplyOrchestrator.Applied, repaired.Plan!.Outcome);
        var (after, afterLines) = await PlanAsync(host, state);
        Assert.True(after.Plan!.Changes == 0, string.Join("\n", afterLines.Select(l => $"{l.Phase} {l.Item} {l.Outcome} {l.Reason}")));
        Assert.DoesNotContain(await cloud.Arrays.ListSharedWithAsync(TileDbUri.Parse(Weather)), s => s.Namespace == "bob");
    }

    [Fact]
    public async Task A_stale_plan_is_refused_with_nothing_done()
    {
        await using var host = await StartAsync();
        var (plan, _) = await PlanAsync(host, Sample());
        await host.Cloud.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://demo-bucket/arrays/weather_daily", Namespace = "demo", Name = "weather_daily" });
        await host.Emulator.Admin.ClearRequestsAsync();

        var apply = await host.RunAsync(nameof(ApplyOrchestrator), new ApplyRequest { PlanId = plan.Plan!.Id, AutoApprove = true });

        Assert.Equal(OrchestrationRuntimeStatus.Failed, apply.RuntimeStatus);
        Assert.StartsWith("plan is stale: 2 changes differ", apply.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(await host.MutatingRequestsAsync());
    }

    private static async Task<(WorkflowHost Host, OnboardingPlan State)> WithExtraShareAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var host = await StartAsync(configure);
        var state = Sample() with { Prune = new PrunePolicy { Shares = true } };
        Assert.Equal(ApplyOrchestrator.Applied, (await ApplyAsync(host, new ApplyRequest { State = state })).Plan!.Outcome);
        await host.Cloud.Arrays.ShareAsync(TileDbUri.Parse(Weather), "bob", [ArrayAction.Read]);
        await host.Cloud.Arrays.UpdateInfoAsync(TileDbUri.Parse(Weather), new ArrayInfoUpdate { Description = "changed by hand" });
        return (host, state);
    }

    private static async Task<string> StartWaitingApplyAsync(WorkflowHost host, OnboardingPlan state, bool autoApprove = false)
    {
        var id = "apply-" + Guid.NewGuid().ToString("N");
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApplyOrchestrator), new ApplyRequest { State = state, AutoApprove = autoApprove }, new Microsoft.DurableTask.StartOrchestrationOptions(id));
        await Eventually.WaitUntilAsync(async ct =>
        {
            var i = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
            return i?.SerializedCustomStatus is not null && i.ReadCustomStatusAs<WorkflowProgress>()?.Approval is { DestructiveChanges: 1 };
        }, WorkflowHost.Timeout, "the apply waits for the approval of its 1 destructive change");
        return id;
    }

    private static Task<ApiResponse> DecideAsync(WorkflowHost host, string id, ApiRoute route) =>
        route.Handle(host.Api, host.Client, new ApiRequest(string.Empty, id, _ => null, null, "http://localhost/api", CancellationToken.None));

    private static async Task<bool> BobReadsWeatherAsync(WorkflowHost host) =>
        (await host.Cloud.Arrays.ListSharedWithAsync(TileDbUri.Parse(Weather))).Any(s => s.Namespace == "bob");

    [Fact]
    public async Task An_approved_apply_makes_the_destructive_changes()
    {
        var (host, state) = await WithExtraShareAsync();
        await using var _ = host;
        var id = await StartWaitingApplyAsync(host, state);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await DecideAsync(host, id, ApiRouteTable.ApproveWorkflow)).StatusCode);

        var report = WorkflowHost.ReportOf(await host.WaitAsync(id));

        Assert.Equal(ApplyOrchestrator.Applied, report.Plan!.Outcome);
        Assert.Contains(report.Items, l => l.Phase == PlanKinds.Shares && l.Item == $"{Weather} -> bob" && l.Outcome == ItemOutcome.Deleted);
        Assert.False(await BobReadsWeatherAsync(host));
        Assert.Equal(0, (await PlanAsync(host, state)).Report.Plan!.Changes);
    }

    [Fact]
    public async Task A_rejected_apply_makes_no_destructive_change_and_keeps_the_others()
    {
        var (host, state) = await WithExtraShareAsync();
        await using var _ = host;
        var id = await StartWaitingApplyAsync(host, state);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await DecideAsync(host, id, ApiRouteTable.RejectWorkflow)).StatusCode);

        var report = WorkflowHost.ReportOf(await host.WaitAsync(id));

        Assert.Equal(ApplyOrchestrator.Rejected, report.Plan!.Outcome);
        Assert.Contains("none of the 1 destructive changes was made", report.Plan.Note, StringComparison.Ordinal);
        Assert.True(await BobReadsWeatherAsync(host));
        Assert.Equal("Daily weather aggregates", (await host.Cloud.Arrays.GetInfoAsync(TileDbUri.Parse(Weather))).Description);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await DecideAsync(host, id, ApiRouteTable.ApproveWorkflow)).StatusCode);
    }

    [Fact]
    public async Task An_expired_approval_ends_not_approved_with_nothing_destructive_done()
    {
        var (host, state) = await WithExtraShareAsync(s => s["Workflows:ApprovalTimeout"] = "00:00:01");
        await using var _ = host;

        var report = await ApplyAsync(host, new ApplyRequest { State = state });

        Assert.Equal(ApplyOrchestrator.NotApproved, report.Plan!.Outcome);
        Assert.Contains("the approval deadline", report.Plan.Note, StringComparison.Ordinal);
        Assert.Contains("the 1 non-destructive changes were applied and stay", report.Plan.Note, StringComparison.Ordinal);
        Assert.True(await BobReadsWeatherAsync(host));
        Assert.Equal("Daily weather aggregates", (await host.Cloud.Arrays.GetInfoAsync(TileDbUri.Parse(Weather))).Description);
    }

    [Fact]
    public async Task Auto_approve_above_the_threshold_still_waits()
    {
        var (host, state) = await WithExtraShareAsync(s => s["Workflows:AutoApproveMaxDestructive"] = "0");
        await using var _ = host;

        // Waits although auto-approve was asked: 1 destructive change is above the threshold of 0.
        var id = await StartWaitingApplyAsync(host, state, autoApprove: true);

        await DecideAsync(host, id, ApiRouteTable.RejectWorkflow);
        Assert.Equal(ApplyOrchestrator.Rejected, WorkflowHost.ReportOf(await host.WaitAsync(id)).Plan!.Outcome);
    }

    [Fact]
    public async Task Prune_off_never_deletes_and_prune_on_deletes_only_what_the_namespace_holds_and_the_file_omits()
    {
        await using var host = await StartAsync();
        var state = Sample();
        await ApplyAsync(host, new ApplyRequest { State = state, AutoApprove = true });
        await host.Cloud.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://demo-bucket/arrays/extra", Namespace = "demo", Name = "extra" });
        await host.Cloud.Groups.CreateAsync(new GroupCreateRequest { Name = "extra-group", Namespace = "demo" });
        await host.Cloud.Arrays.ShareAsync(TileDbUri.Parse(Readings), "carol", [ArrayAction.Read]);
        await host.Cloud.Groups.AddMemberAsync(TileDbUri.Parse(Sensors), TileDbUri.Parse(Weather), GroupMemberType.Array);

        var (off, offLines) = await PlanAsync(host, state);
        Assert.Equal(0, off.Plan!.Changes);
        Assert.DoesNotContain(offLines, l => l.Outcome == ItemOutcome.Deleted);
        Assert.Equal(ApplyOrchestrator.NothingToChange, (await ApplyAsync(host, new ApplyRequest { State = state, AutoApprove = true })).Plan!.Outcome);

        var all = state with { Prune = new PrunePolicy { Arrays = true, Groups = true, Members = true, Shares = true, Invitations = true } };
        var (on, onLines) = await PlanAsync(host, all);

        Assert.Equal(["tiledb://demo/extra", "tiledb://demo/extra-group"], onLines.Where(l => l.Outcome == ItemOutcome.Deleted && l.Phase is PlanKinds.Arrays or PlanKinds.Groups).Select(l => l.Item).Order(StringComparer.Ordinal));
        Assert.Equal([$"{Readings} -> carol"], Changes(onLines, ItemOutcome.Deleted, PlanKinds.Shares));
        Assert.Equal([$"{Sensors} member {Weather}"], Changes(onLines, ItemOutcome.Deleted, PlanKinds.Members));
        Assert.Equal(4, on.Plan!.Destructive);
        Assert.Equal(ApplyOrchestrator.Applied, (await ApplyAsync(host, new ApplyRequest { PlanId = on.Plan.Id, AutoApprove = true })).Plan!.Outcome);
        Assert.Equal(0, (await PlanAsync(host, all)).Report.Plan!.Changes);
        Assert.NotNull(await host.Cloud.Arrays.GetInfoAsync(TileDbUri.Parse(Readings)));
    }
}
