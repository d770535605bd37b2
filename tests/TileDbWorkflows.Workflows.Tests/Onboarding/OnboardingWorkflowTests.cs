using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tasks;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Onboarding;

public sealed class OnboardingWorkflowTests
{
    internal static OnboardingPlan FullPlan() => new()
    {
        Namespace = "demo",
        Arrays =
        [
            new ArraySpec { Name = "genomes", StorageUri = "s3://bucket/genomes", Description = "Genomes", Tags = ["bio", "raw"] },
            new ArraySpec { Name = "samples", StorageUri = "s3://bucket/samples" },
            new ArraySpec { Name = "weather", StorageUri = "s3://bucket/weather", Description = "Weather" },
        ],
        Groups =
        [
            // Listed child first: the workflow must create the parent before it.
            new GroupSpec { Name = "project-a", Parent = "projects", Members = ["genomes", "samples"], Description = "Project A" },
            new GroupSpec { Name = "projects", Description = "All projects" },
        ],
        Files = [new FileImportSpec { Name = "protocol", InputUri = "s3://bucket/docs/protocol.pdf", OutputUri = "s3://bucket/files/protocol" }],
        Shares = [new ShareSpec { Assets = ["genomes", "samples"], Users = ["alice", "bob"], Actions = ["read"] }],
        Invitations =
        [
            new InvitationSpec { Kind = InvitationKind.Array, Target = "weather", Recipients = ["carol", "new.user@example.org"], Actions = ["read"] },
            new InvitationSpec { Kind = InvitationKind.Organization, Target = "TileDB-Inc", Recipients = ["alice"], Role = "read_only" },
        ],
        Tasks = [new FollowUpTaskSpec { Name = "count", Sql = "select count(*) from genomes" }],
    };

    [Fact]
    public async Task Full_plan_ends_in_the_planned_state_and_reports_every_item()
    {
        await using var host = await WorkflowHost.StartAsync();

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: false)));

        Assert.DoesNotContain(report.Items, i => i.Outcome == ItemOutcome.Failed);
        Assert.Equal(3, report.Items.Count(i => i.Phase == "arrays" && i.Outcome == ItemOutcome.Created));
        Assert.Equal(4, report.Items.Count(i => i.Phase == "shares" && i.Outcome == ItemOutcome.Created));
        Assert.Equal(3, report.Items.Count(i => i.Phase == "invitations" && i.Outcome == ItemOutcome.Created));
        Assert.Contains(report.Items, i => i.Phase == "tasks" && i.Outcome == ItemOutcome.Created && i.Reason == "COMPLETED");

        var state = await host.StateAsync();
        var genomes = Array(state, "demo", "genomes");
        Assert.Equal(["bio", "raw"], genomes.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order());
        Assert.Equal("s3://bucket/genomes", genomes.GetProperty("uri").GetString());
        Assert.Equal(["read"], genomes.GetProperty("shares").GetProperty("alice").EnumerateArray().Select(a => a.GetString()));
        Assert.True(Array(state, "demo", "protocol").GetProperty("file_type").GetString() == "file");
        var projectA = Group(state, "demo", "project-a");
        Assert.Equal(2, projectA.GetProperty("members").GetArrayLength());
        var projects = Group(state, "demo", "projects");
        Assert.Contains(projects.GetProperty("members").EnumerateArray(), m => m.GetProperty("target_id").GetString() == projectA.GetProperty("id").GetString());
        var invitations = state.GetProperty("invitations").EnumerateArray().ToArray();
        Assert.Contains(invitations, i => i.TryGetProperty("email", out var e) && e.GetString() == "new.user@example.org");
        Assert.Contains(invitations, i => i.GetProperty("type").GetString() == "JOIN_ORGANIZATION");
        Assert.Single(state.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("name").GetString() == "onboarding:demo:count");
    }

    [Fact]
    public async Task Running_the_same_plan_twice_skips_everything_and_sends_no_mutating_request()
    {
        await using var host = await WorkflowHost.StartAsync();
        WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: false)));
        await host.Emulator.Admin.ClearRequestsAsync();

        var second = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: false)));

        Assert.All(second.Items, i => Assert.True(i.Outcome == ItemOutcome.Skipped, $"{i.Phase} {i.Item}: {i.Outcome} {i.Reason}"));
        Assert.Empty(await host.MutatingRequestsAsync());
    }

    [Fact]
    public async Task Dry_run_reports_what_would_change_and_changes_nothing()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.ClearRequestsAsync();

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: true)));

        Assert.True(report.DryRun);
        Assert.Empty(await host.MutatingRequestsAsync());
        Assert.Equal(3, report.Items.Count(i => i.Phase == "arrays" && i.Outcome == ItemOutcome.Created && i.Reason!.StartsWith("would", StringComparison.Ordinal)));
        Assert.Contains(report.Items, i => i.Phase == "tasks" && i.Reason == "would run the SQL query");
        var state = await host.StateAsync();
        Assert.DoesNotContain(state.GetProperty("arrays").EnumerateArray(), a => a.GetProperty("namespace").GetString() == "demo");
    }

    [Fact]
    public async Task Injected_503_and_429_faults_still_end_in_the_exact_planned_state()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetFaultsAsync(new FaultSpec
        {
            Rules =
            [
                new FaultRule { Route = "/v1/arrays/demo/*/register", Kind = FaultKinds.Capacity, Count = 4 },
                new FaultRule { Route = "/v1/arrays/demo/*/share", Method = "PATCH", Kind = FaultKinds.RateLimit, Count = 2 },
                new FaultRule { Route = "/v2/groups/*", Kind = FaultKinds.Capacity, Count = 3 },
                new FaultRule { Route = "/v1/invitations/*", Method = "POST", Kind = FaultKinds.RateLimit, Count = 1 },
            ],
        });

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: false)));

        Assert.DoesNotContain(report.Items, i => i.Outcome == ItemOutcome.Failed);
        var faults = await host.Emulator.Admin.GetFaultsAsync();
        Assert.All(faults.Rules, r => Assert.True(r.Injected > 0, $"fault on {r.Route} never fired"));
        var state = await host.StateAsync();
        Assert.Equal(4, state.GetProperty("arrays").EnumerateArray().Count(a => a.GetProperty("namespace").GetString() == "demo"));
        Assert.Equal(2, state.GetProperty("groups").EnumerateArray().Count(g => g.GetProperty("namespace").GetString() == "demo"));
        Assert.Equal(2, Group(state, "demo", "project-a").GetProperty("members").GetArrayLength());
        Assert.Equal(["read"], Array(state, "demo", "samples").GetProperty("shares").GetProperty("bob").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(3, state.GetProperty("invitations").GetArrayLength());
    }

    [Fact]
    public async Task Permanent_errors_fail_only_their_item()
    {
        await using var host = await WorkflowHost.StartAsync();
        var plan = FullPlan() with
        {
            Arrays = [.. FullPlan().Arrays, new ArraySpec { Name = "quickstart_sparse", StorageUri = "s3://elsewhere/x" }],
            Shares = [new ShareSpec { Assets = ["genomes", "no-such-array"], Users = ["alice"], Actions = ["read"] }],
            Invitations = [new InvitationSpec { Kind = InvitationKind.Array, Target = "weather", Recipients = ["carol", "nobody-known"], Actions = ["read"] }],
            Groups = [new GroupSpec { Name = "g", Members = ["genomes", "tiledb://demo/missing"] }],
        };

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(plan, DryRun: false)));

        var failed = report.Items.Where(i => i.Outcome == ItemOutcome.Failed).Select(i => i.Item).Order().ToArray();
        Assert.Contains("tiledb://demo/no-such-array -> alice", failed);
        Assert.Contains("nobody-known", failed);
        Assert.Contains("tiledb://demo/g member tiledb://demo/missing", failed);
        Assert.Equal(3, failed.Length);
        Assert.Contains(report.Items, i => i.Item == "tiledb://demo/genomes -> alice" && i.Outcome == ItemOutcome.Created);
        Assert.Contains(report.Items, i => i.Item == "carol" && i.Outcome == ItemOutcome.Created);
        Assert.Contains(report.Items, i => i.Item == "tiledb://demo/quickstart_sparse" && i.Outcome == ItemOutcome.Created);
    }

    [Fact]
    public async Task A_name_registered_for_other_storage_fails_that_array_only()
    {
        await using var host = await WorkflowHost.StartAsync();
        var plan = new OnboardingPlan { Namespace = "demo", Arrays = [new ArraySpec { Name = "a", StorageUri = "s3://b/a" }] };
        WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(plan, false)));

        var moved = plan with { Arrays = [new ArraySpec { Name = "a", StorageUri = "s3://b/other" }, new ArraySpec { Name = "b", StorageUri = "s3://b/b" }] };
        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(moved, false)));

        Assert.Equal(ItemOutcome.Failed, report.Items.Single(i => i.Item == "tiledb://demo/a").Outcome);
        Assert.Equal(ItemOutcome.Created, report.Items.Single(i => i.Item == "tiledb://demo/b").Outcome);
    }

    [Fact]
    public async Task Bad_credentials_fail_the_workflow_with_a_clear_reason()
    {
        await using var host = await WorkflowHost.StartAsync(apiToken: "wrong-token");

        var instance = await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: false));

        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Contains("rejected the credentials", instance.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("registering arrays", instance.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", instance.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        // 401 is not retried: one attempt per array batch at most.
        var registers = await host.Emulator.Admin.GetRequestsAsync(status: 401);
        Assert.InRange(registers.Count, 1, 2);
    }

    [Fact]
    public async Task Retries_exhausted_end_the_workflow_failed_with_the_step_and_cause()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/arrays/demo/*/register", Kind = FaultKinds.Capacity }] });

        var instance = await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), DryRun: false));

        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Contains("registering arrays still failed after 4 attempt(s)", instance.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("503", instance.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_task_ending_resources_unavailable_is_submitted_again()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Rules = [new TaskBehaviorRule { Match = "genomes", Outcome = "RESOURCES_UNAVAILABLE", QueuedMs = 30, Count = 1 }],
            Default = new TaskBehaviorRule { QueuedMs = 30, RunningMs = 60 },
        });
        var plan = new OnboardingPlan { Namespace = "demo", Tasks = [new FollowUpTaskSpec { Name = "count", Sql = "select count(*) from genomes" }] };

        var report = WorkflowHost.ReportOf(await host.RunAsync(nameof(OnboardingOrchestrator), new OnboardingInput(plan, false)));

        var task = Assert.Single(report.Items);
        Assert.Equal(ItemOutcome.Created, task.Outcome);
        Assert.Equal("COMPLETED", task.Reason);
        var names = (await host.StateAsync()).GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["onboarding:demo:count", "onboarding:demo:count#2"], names);
    }

    [Fact]
    public async Task Progress_is_published_per_phase_while_running()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec { Default = new TaskBehaviorRule { QueuedMs = 300, RunningMs = 300 } });
        var id = "onboarding-progress-" + Guid.NewGuid().ToString("N");
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(OnboardingOrchestrator), new OnboardingInput(FullPlan(), false), new StartOrchestrationOptions(id));

        WorkflowProgress? seen = null;
        await TileDbWorkflows.Testing.Eventually.WaitUntilAsync(async ct =>
        {
            var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
            seen = instance?.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<WorkflowProgress>();
            return seen?.Phase == "tasks";
        }, WorkflowHost.Timeout, "the workflow reaches its tasks phase");

        Assert.Equal(["arrays", "groups", "files", "shares", "invitations", "tasks"], seen!.Phases.Select(p => p.Name));
        Assert.Equal(new PhaseProgress("arrays", 3, 3, 0), seen.Phases[0]);
        // Regression: the groups phase once counted groups only while reporting their parent links and members too (3/1).
        Assert.All(seen.Phases.Take(5), p => Assert.True(p.Done == p.Total, $"{p.Name}: {p.Done}/{p.Total} once the tasks phase runs"));
        WorkflowHost.ReportOf(await host.WaitAsync(id));
    }

    internal static JsonElement Array(JsonElement state, string ns, string name) =>
        state.GetProperty("arrays").EnumerateArray().Single(a => a.GetProperty("namespace").GetString() == ns && a.GetProperty("name").GetString() == name);

    internal static JsonElement Group(JsonElement state, string ns, string name) =>
        state.GetProperty("groups").EnumerateArray().Single(a => a.GetProperty("namespace").GetString() == ns && a.GetProperty("name").GetString() == name);
}
