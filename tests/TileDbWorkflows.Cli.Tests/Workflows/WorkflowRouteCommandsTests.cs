using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Workflows;

/// <summary>The worker routes that had no command: sharing, file import/export workflows, task watch.</summary>
public sealed class WorkflowRouteCommandsTests : WorkerStubTest
{
    private RecordedRequest Posted(string path) => Assert.Single(Worker.Requests, r => r.Method == "POST" && r.Path == path);

    [Fact]
    public async Task Share_from_options_posts_a_sharing_request_and_prints_how_to_follow_it()
    {
        Worker.StartAnswer = (202, WorkerStub.Status("sharing-k1", "Pending"));

        var result = await Profile.RunAsync(
            "share", "--namespace", "demo", "--asset", "readings", "--asset", "tiledb://other/sites", "--user", "alice,bob", "--actions", "read",
            "--revoke", "--idempotency-key", "k1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sharing-k1", result.Stdout, StringComparison.Ordinal);
        var request = Posted("/api/sharing");
        Assert.Equal("k1", request.IdempotencyKey);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("demo", body.RootElement.GetProperty("namespace").GetString());
        Assert.True(body.RootElement.GetProperty("revoke").GetBoolean());
        var share = body.RootElement.GetProperty("shares")[0];
        Assert.Equal(["readings", "tiledb://other/sites"], share.GetProperty("assets").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["alice", "bob"], share.GetProperty("users").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Share_from_a_file_takes_the_request_as_is_and_a_bad_file_is_refused_before_sending()
    {
        Worker.StartAnswer = (202, WorkerStub.Status("sharing-x", "Pending"));
        var path = Path.Combine(Profile.Dir, "sharing.json");
        await File.WriteAllTextAsync(path, """{ "namespace": "demo", "shares": [{ "assets": ["a"], "users": ["carol"], "actions": ["write"] }] }""");
        var bad = Path.Combine(Profile.Dir, "bad.json");
        await File.WriteAllTextAsync(bad, """{ "namespace": 3 }""");

        var ok = await Profile.RunAsync("share", path, "--dry-run");
        var refused = await Profile.RunAsync("share", bad);

        Assert.True(ok.ExitCode == 0, ok.ToString());
        using var body = JsonDocument.Parse(Posted("/api/sharing").Body);
        Assert.True(body.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal("carol", body.RootElement.GetProperty("shares")[0].GetProperty("users")[0].GetString());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("SharingRequest", refused.Stderr, StringComparison.Ordinal);
        Assert.Single(Worker.Requests, r => r.Path == "/api/sharing");
    }

    [Fact]
    public async Task Files_bulk_import_and_export_post_to_their_own_routes()
    {
        Worker.StartAnswer = (202, WorkerStub.Status("files-1", "Pending"));

        var import = await Profile.RunAsync(
            "files", "bulk-import", "--namespace", "demo", "--input-uri", "s3://b/a.pdf", "--name", "a", "--input-uri", "s3://b/b.pdf", "--name", "b");
        var export = await Profile.RunAsync("files", "bulk-export", "--namespace", "demo", "--uri", "tiledb://demo/a", "--output-uri", "s3://b/out/a.pdf");
        var unpaired = await Profile.RunAsync("files", "bulk-import", "--namespace", "demo", "--input-uri", "s3://b/a.pdf");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(export.ExitCode == 0, export.ToString());
        using var imports = JsonDocument.Parse(Posted("/api/files/import").Body);
        Assert.Equal(["a", "b"], imports.RootElement.GetProperty("imports").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("s3://b/b.pdf", imports.RootElement.GetProperty("imports")[1].GetProperty("inputUri").GetString());
        using var exports = JsonDocument.Parse(Posted("/api/files/export").Body);
        Assert.Equal("s3://b/out/a.pdf", exports.RootElement.GetProperty("exports")[0].GetProperty("outputUri").GetString());
        Assert.Equal(2, unpaired.ExitCode);
        Assert.Contains("one --name per --input-uri", unpaired.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_watch_posts_the_ids_and_follows_the_workflow_with_watch()
    {
        Worker.StartAnswer = (202, WorkerStub.Status("tasks-1", "Pending"));
        Worker.Script(WorkerStub.Status("tasks-1", "Running"), WorkerStub.Status("tasks-1", "Completed"));

        var result = await Profile.RunAsync("tasks", "watch", "t-1", "t-2", "--wait-at-most", "10m", "--watch");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tasks-1: Completed", result.Stdout, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(Posted("/api/tasks/watch").Body);
        Assert.Equal(["t-1", "t-2"], body.RootElement.GetProperty("taskIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("00:10:00", body.RootElement.GetProperty("timeout").GetString());
    }

    [Theory]
    [InlineData("share", "tdbw share --namespace demo --asset readings")]
    [InlineData("files bulk-import", "tdbw files bulk-import --namespace demo")]
    [InlineData("files bulk-export", "tdbw files bulk-export --namespace demo")]
    [InlineData("tasks watch", "tdbw tasks watch 6a1f")]
    [InlineData("sweep run", "tdbw sweep run --dry-run")]
    public async Task Help_shows_an_example(string command, string example)
    {
        var help = await Profile.RunAsync([.. command.Split(' '), "--help"]);
        Assert.Contains(example, help.Stdout, StringComparison.Ordinal);
    }
}
