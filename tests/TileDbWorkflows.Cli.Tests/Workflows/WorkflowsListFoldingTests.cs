using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Tests.Workflows;

public sealed class WorkflowsListFoldingTests : WorkerStubTest
{
    private static WorkflowStatus At(string id, int minute) =>
        WorkerStub.Status(id, "Completed") with { CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(minute) };

    private void ScriptFamilies()
    {
        Worker.ListContinuationToken = null;
        Worker.Script(
            At("sweep-old", 1),
            At("onboarding-new:chunk-0001", 11),
            At("onboarding-new", 10),
            At("onboarding-new:sharing", 12),
            At("onboarding-new:chunk-0002", 11),
            At("lonely:chunk-0001", 5));
    }

    [Fact]
    public async Task Newest_first_with_children_folded_under_their_parent()
    {
        ScriptFamilies();

        var result = await Profile.RunAsync("workflows", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("onboarding-new:", result.Stdout, StringComparison.Ordinal);
        var lines = result.Stdout.Split('\n');
        var newest = Array.FindIndex(lines, l => l.Contains("onboarding-new", StringComparison.Ordinal));
        var orphan = Array.FindIndex(lines, l => l.Contains("lonely:chunk-0001", StringComparison.Ordinal));
        var oldest = Array.FindIndex(lines, l => l.Contains("sweep-old", StringComparison.Ordinal));
        Assert.True(newest >= 0 && newest < orphan && orphan < oldest, result.Stdout);
        Assert.Contains("3 workflows (3 child instances folded; --all lists them)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_lists_the_children_under_their_parent_and_json_keeps_every_instance()
    {
        ScriptFamilies();

        var all = await Profile.RunAsync("workflows", "list", "--all");
        var json = await Profile.RunAsync("workflows", "list", "--json");

        Assert.True(all.ExitCode == 0, all.ToString());
        var lines = all.Stdout.Split('\n');
        var parent = Array.FindIndex(lines, l => l.Contains("onboarding-new ", StringComparison.Ordinal));
        var chunk = Array.FindIndex(lines, l => l.Contains("onboarding-new:chunk-0002", StringComparison.Ordinal));
        var sharing = Array.FindIndex(lines, l => l.Contains("onboarding-new:sharing", StringComparison.Ordinal));
        var orphan = Array.FindIndex(lines, l => l.Contains("lonely:chunk-0001", StringComparison.Ordinal));
        Assert.True(parent >= 0 && parent < chunk && chunk < sharing && sharing < orphan, all.Stdout);
        Assert.DoesNotContain("folded", all.Stdout, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(json.Stdout);
        var ids = doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(
            ["onboarding-new", "onboarding-new:chunk-0001", "onboarding-new:chunk-0002", "onboarding-new:sharing", "lonely:chunk-0001", "sweep-old"],
            ids);
    }

    [Fact]
    public async Task Help_shows_an_example()
    {
        var help = await Profile.RunAsync("workflows", "list", "--help");
        Assert.Contains("tdbw workflows list --prefix onboarding- --all", help.Stdout, StringComparison.Ordinal);
    }
}
