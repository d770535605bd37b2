using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Tests.Workflows;

/// <summary>Issue 15: <c>workflows report</c> over the report route, <c>watch</c> of several ids and <c>watch --follow</c>.</summary>
public sealed class ReportAndWatchManyTests : WorkerStubTest
{
    private static WorkflowProgress Invitations(int done, int total) => new("invitations", [new PhaseProgress("invitations", done, total, 0)]);

    private static WorkflowStatus Ended(string id, int created, int failed = 0) =>
        WorkerStub.Status(id, "Completed", Invitations(created + failed, created + failed), new WorkflowReport("BulkInvitationOrchestrator", false,
            [.. Enumerable.Range(0, created).Select(i => ItemResult.Created("invitations", $"{id}-u{i}@example.org", "invited")),
             .. Enumerable.Range(0, failed).Select(i => ItemResult.Failed("invitations", $"{id}-bad{i}", "unknown user"))]));

    [Fact]
    public async Task Report_pages_the_full_report_filters_by_outcome_and_fetches_every_page_with_all()
    {
        Worker.Reports["invitations-big"] = [.. Enumerable.Range(0, 250).Select(i => i % 50 == 0
            ? ItemResult.Failed("invitations", $"bad{i}", "unknown namespace")
            : ItemResult.Created("invitations", $"user{i:D3}@example.org", "invited"))];

        var second = await Profile.RunAsync("workflows", "report", "invitations-big", "--page", "2", "--page-size", "100");
        var failed = await Profile.RunAsync("workflows", "report", "invitations-big", "--outcome", "failed", "--json");
        var readsBefore = Worker.Requests.Count(r => r.Path == "/api/workflows/invitations-big/report");
        var all = await Profile.RunAsync("workflows", "report", "invitations-big", "--all", "--page-size", "100", "--json");
        var allReads = Worker.Requests.Count(r => r.Path == "/api/workflows/invitations-big/report") - readsBefore;
        var wrong = await Profile.RunAsync("workflows", "report", "invitations-big", "--outcome", "exploded");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("user101@example.org", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("user099@example.org", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("100 items on page 2 of 3 (250 in all); next: --page 3, or --all", second.Stdout, StringComparison.Ordinal);
        Assert.Contains(Worker.Requests, r => r.Path == "/api/workflows/invitations-big/report" && r.Query == "?page=2&pageSize=100");

        Assert.True(failed.ExitCode == 0, failed.ToString());
        using var failedDoc = JsonDocument.Parse(failed.Stdout);
        Assert.Equal(5, failedDoc.RootElement.GetProperty("total").GetInt32());
        Assert.All(failedDoc.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("failed", i.GetProperty("outcome").GetString()));
        Assert.Contains(Worker.Requests, r => r.Query == "?outcome=failed");

        Assert.True(all.ExitCode == 0, all.ToString());
        using var allDoc = JsonDocument.Parse(all.Stdout);
        Assert.Equal(250, allDoc.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(3, allReads);

        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("exploded", wrong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_help_shows_an_example()
    {
        var help = await Profile.RunAsync("workflows", "report", "--help");

        Assert.Contains("tdbw workflows report invitations-welcome --outcome failed", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_of_several_ids_follows_each_to_its_end_and_exits_1_when_one_failed()
    {
        Worker.ScriptFor("invitations-a", WorkerStub.Status("invitations-a", "Running", Invitations(1, 2)), Ended("invitations-a", 2));
        Worker.ScriptFor("invitations-b",
            WorkerStub.Status("invitations-b", "Running", Invitations(0, 2)),
            WorkerStub.Status("invitations-b", "Running", Invitations(1, 2)),
            Ended("invitations-b", 1, failed: 1));

        var result = await Profile.RunAsync("workflows", "watch", "invitations-a", "invitations-b");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("  invitations-a invitations 1/2", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  invitations-b invitations 0/2", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("invitations-b-bad0", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("invitations-a: Completed · 2 created", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("invitations-b: Completed · 1 created, 0 updated, 0 deleted, 0 skipped, 1 failed", result.Stderr, StringComparison.Ordinal);
        // Each line names its workflow, and a workflow's own lines come in order.
        var lines = result.Stdout.Split('\n');
        Assert.True(Array.FindIndex(lines, l => l.Contains("invitations-b invitations 0/2", StringComparison.Ordinal))
            < Array.FindIndex(lines, l => l.Contains("invitations-b invitations 1/2", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Watch_follow_picks_up_running_workflows_and_new_ones_as_they_start_until_the_timeout()
    {
        var first = WorkerStub.Status("sharing-k1", "Running", Invitations(0, 1));
        var later = WorkerStub.Status("invitations-late", "Running", Invitations(0, 1)) with { CreatedAt = DateTimeOffset.UnixEpoch.AddHours(1) };
        var chunk = WorkerStub.Status("invitations-late:chunk-0000", "Running") with { CreatedAt = DateTimeOffset.UnixEpoch.AddHours(1) };
        Worker.ScriptListings([first], [first, later, chunk], []);
        Worker.ScriptFor("sharing-k1", first, Ended("sharing-k1", 1));
        Worker.ScriptFor("invitations-late", later, later, Ended("invitations-late", 1));

        var result = await Profile.RunAsync("workflows", "watch", "--follow", "--timeout", "2s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sharing-k1: following", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("invitations-late: following", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("chunk-0000: following", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("sharing-k1: Completed · 1 created", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("invitations-late: Completed · 1 created", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("stopped following after 00:00:02: 2 ended, 0 still running", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Worker.Requests, r => r.Path == "/api/workflows" && r.Query.Contains("status=Running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ctrl_c_in_a_follow_exits_130_with_the_command_that_re_attaches()
    {
        Worker.ScriptListings([WorkerStub.Status("sweep-x", "Running")]);
        Worker.ScriptFor("sweep-x", WorkerStub.Status("sweep-x", "Running"));
        using var ctrlC = new CancellationTokenSource();
        var run = Profile.RunUntilAsync(null, null, ["workflows", "watch", "--follow"], ctrlC.Token);
        await Eventually.WaitUntilAsync(
            () => Worker.Requests.Count(r => r.Path == "/api/workflows/sweep-x") >= 2 || run.IsCompleted, TimeSpan.FromSeconds(30), "two polls of the follow");
        await ctrlC.CancelAsync();
        var result = await run;

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Contains("tdbw workflows watch --follow", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_without_ids_or_follow_is_a_usage_error_and_help_shows_both_forms()
    {
        var bare = await Profile.RunAsync("workflows", "watch");
        var help = await Profile.RunAsync("workflows", "watch", "--help");

        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("--follow", bare.Stderr, StringComparison.Ordinal);
        Assert.Contains("tdbw workflows watch invitations-a invitations-b sharing-k1", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("tdbw workflows watch --follow", help.Stdout, StringComparison.Ordinal);
    }
}
