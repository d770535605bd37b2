using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;
using Xunit.Abstractions;

namespace TileDbWorkflows.Cli.Tests.Workflows;

public sealed class WorkflowCommandsTests(ITestOutputHelper output) : WorkerStubTest
{
    private static WorkflowProgress Progress(int arraysDone, int invitesDone, int invitesFailed = 0) =>
        new("invitations", [new PhaseProgress("arrays", arraysDone, 2, 0), new PhaseProgress("invitations", invitesDone, 2, invitesFailed)]);

    [Fact]
    public async Task Status_shows_phases_and_json_keeps_the_worker_shape()
    {
        Worker.Script(WorkerStub.Status("onboarding-1", "Running", Progress(2, 1)));

        var table = await Profile.RunAsync("workflows", "status", "onboarding-1");
        var json = await Profile.RunAsync("workflows", "status", "onboarding-1", "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Running", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("invitations", table.Stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal("onboarding-1", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("progress").GetProperty("phases")[0].GetProperty("done").GetInt32());
        Assert.All(Worker.Requests, r => Assert.Equal(WorkerStub.Key, r.Key));
    }

    [Fact]
    public async Task Watch_draws_progress_and_ends_with_the_report_and_a_failing_exit_code()
    {
        var report = new WorkflowReport("OnboardingOrchestrator", false,
        [
            ItemResult.Created("arrays", "tiledb://demo/a"),
            ItemResult.Skipped("arrays", "tiledb://demo/b", "already registered"),
            ItemResult.Created("invitations", "alice"),
            ItemResult.Failed("invitations", "nobody", "unknown user"),
        ]);
        Worker.Script(
            WorkerStub.Status("onboarding-2", "Pending"),
            WorkerStub.Status("onboarding-2", "Running", Progress(1, 0)),
            WorkerStub.Status("onboarding-2", "Running", Progress(2, 1)),
            WorkerStub.Status("onboarding-2", "Completed", Progress(2, 2, 1), report));

        var result = await Profile.RunAsync("workflows", "watch", "onboarding-2");
        output.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("onboarding-2: Running", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  invitations 2/2 (1 failed)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("unknown user", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("already registered", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 created, 0 updated, 0 deleted, 1 skipped, 1 failed", result.Stderr, StringComparison.Ordinal);
        Assert.True(Worker.Requests.Count(r => r.Path == "/api/workflows/onboarding-2") >= 4);
    }

    [Fact]
    public async Task Watch_of_a_clean_run_exits_0_and_a_failed_workflow_exits_1()
    {
        var clean = new WorkflowReport("OnboardingOrchestrator", false, [ItemResult.Created("arrays", "tiledb://demo/a")]);
        Worker.Script(WorkerStub.Status("onboarding-3", "Running", Progress(0, 0)), WorkerStub.Status("onboarding-3", "Completed", Progress(2, 2), clean));
        var ok = await Profile.RunAsync("workflows", "watch", "onboarding-3");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains("1 created", ok.Stdout, StringComparison.Ordinal);

        await using var failing = await WorkerStub.StartAsync();
        failing.Script(WorkerStub.Status("onboarding-4", "Failed", failure: "TileDbCloudException: 503 capacity"));
        var failed = await Profile.RunAsync("workflows", "watch", "onboarding-4", "--endpoint", failing.Endpoint);
        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("503 capacity", failed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_on_a_terminal_runs_the_live_progress_and_still_ends_with_the_report()
    {
        var report = new WorkflowReport("OnboardingOrchestrator", false, [ItemResult.Created("arrays", "tiledb://demo/a")]);
        Worker.Script(
            WorkerStub.Status("onboarding-6", "Running", Progress(1, 0)),
            WorkerStub.Status("onboarding-6", "Completed", Progress(2, 2), report));
        Profile.Terminal = true;

        var result = await Profile.RunAsync("workflows", "watch", "onboarding-6");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tiledb://demo/a", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 created", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Onboard_dry_run_posts_the_plan_with_the_key_and_prints_the_report()
    {
        var plan = Path.Combine(Profile.Dir, "plan.json");
        await File.WriteAllTextAsync(plan, """{ "namespace": "demo", "arrays": [ { "name": "a", "storageUri": "s3://b/a" } ] }""");
        var report = new WorkflowReport("OnboardingOrchestrator", true, [ItemResult.Created("arrays", "tiledb://demo/a", "would register")]);
        Worker.StartAnswer = (200, WorkerStub.Status("onboarding-dryrun-k1", "Completed", report: report));

        var result = await Profile.RunAsync("onboard", plan, "--dry-run", "--idempotency-key", "k1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var post = Assert.Single(Worker.Requests, r => r.Method == "POST");
        Assert.Equal("/api/onboarding", post.Path);
        Assert.Equal("?dryRun=true", post.Query);
        Assert.Equal(WorkerStub.Key, post.Key);
        Assert.Equal("k1", post.IdempotencyKey);
        Assert.Equal("demo", JsonDocument.Parse(post.Body).RootElement.GetProperty("namespace").GetString());
        Assert.Contains("would register", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(dry run)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Onboard_shows_problem_details_by_field()
    {
        var plan = Path.Combine(Profile.Dir, "bad-plan.json");
        await File.WriteAllTextAsync(plan, """{ "namespace": "" }""");
        Worker.StartAnswer = (400, new ProblemDetailsBody("One or more fields are invalid.", 400, "namespace: is required",
            new Dictionary<string, string[]> { ["namespace"] = ["is required"] }));

        var result = await Profile.RunAsync("onboard", plan);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: 400 Bad Request · One or more fields are invalid.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("namespace: is required", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_and_bulk_invites_start_workflows_and_print_how_to_follow_them()
    {
        Worker.StartAnswer = (202, WorkerStub.Status("sweep-x", "Pending"));
        var sweep = await Profile.RunAsync("sweep", "run", "--manifest", "demo.json");
        Assert.True(sweep.ExitCode == 0, sweep.ToString());
        Assert.Contains("tdbw workflows watch sweep-x", sweep.Stdout, StringComparison.Ordinal);
        var sweepBody = JsonDocument.Parse(Worker.Requests.Single(r => r.Path == "/api/sweeps").Body).RootElement;
        Assert.Equal("demo.json", sweepBody.GetProperty("manifest").GetString());

        var csv = Path.Combine(Profile.Dir, "r.csv");
        await File.WriteAllTextAsync(csv, "email\na@example.com\nb@example.com\n");
        Worker.StartAnswer = (202, WorkerStub.Status("invitations-r1", "Pending"));
        var bulk = await Profile.RunAsync("invites", "bulk", "--request-id", "r1", "--kind", "array", "--target", "tiledb://demo/a", "--file", csv, "--actions", "read");
        Assert.True(bulk.ExitCode == 0, bulk.ToString());
        var bulkBody = JsonDocument.Parse(Worker.Requests.Single(r => r.Path == "/api/invitations").Body).RootElement;
        Assert.Equal("array", bulkBody.GetProperty("kind").GetString());
        Assert.Equal(["a@example.com", "b@example.com"], bulkBody.GetProperty("recipients").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_wrong_key_and_a_missing_endpoint_are_clear_errors()
    {
        var wrongKey = await Profile.RunAsync("workflows", "status", "x", "--key", "nope");
        Assert.Equal(1, wrongKey.ExitCode);
        Assert.Contains("401", wrongKey.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("nope", wrongKey.Stderr, StringComparison.Ordinal);

        using var bare = new TempProfile();
        var noEndpoint = await bare.RunAsync("workflows", "list");
        Assert.Equal(2, noEndpoint.ExitCode);
        Assert.Contains("TDBW_ENDPOINT", noEndpoint.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_and_control_commands()
    {
        Worker.Script(WorkerStub.Status("onboarding-5", "Running"));
        var list = await Profile.RunAsync("workflows", "list", "--status", "Running");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("onboarding-5", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("--continuation-token next-page", list.Stdout, StringComparison.Ordinal);
        Assert.Contains(Worker.Requests, r => r.Path == "/api/workflows" && r.Query == "?status=Running");

        var missing = await Profile.RunAsync("workflows", "terminate", "onboarding-5", "--reason", "test");
        Assert.Equal(1, missing.ExitCode); // the stub has no control routes: 404 problem shown as one line
        Assert.Contains("404", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains(Worker.Requests, r => r.Path == "/api/workflows/onboarding-5/terminate" && r.Query == "?reason=test" && r.Method == "POST");
    }
}
