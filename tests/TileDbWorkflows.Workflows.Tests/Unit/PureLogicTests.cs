using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Workflows.Tests.Unit;

public sealed class PureLogicTests
{
    [Fact]
    public void Recipients_are_trimmed_lowercased_when_emails_and_deduplicated()
    {
        Assert.Equal(["a@x.org", "Bob", "c@y.org"], Recipients.Normalize([" A@X.org", "Bob", "bob", "a@x.org ", "", "c@y.org"]));
    }

    [Fact]
    public void Groups_are_ordered_parents_and_member_groups_first()
    {
        var sorted = GroupOrder.Sort(
        [
            new GroupSpec { Name = "child", Parent = "root" },
            new GroupSpec { Name = "root", Members = ["leaf"] },
            new GroupSpec { Name = "leaf" },
            new GroupSpec { Name = "other", Parent = "tiledb://x/outside" },
        ]);
        Assert.Equal(["leaf", "root", "child", "other"], sorted.Select(g => g.Name));
    }

    [Fact]
    public void Share_pairs_listed_twice_are_merged_with_the_union_of_actions()
    {
        var pairs = SharingOrchestrator.Flatten(new SharingRequest
        {
            Shares = [new ShareSpec { Assets = ["a"], Users = ["u"], Actions = ["read"] }, new ShareSpec { Assets = ["a", "b"], Users = ["u"], Actions = ["WRITE"] }],
        });
        Assert.Equal(2, pairs.Count);
        Assert.Equal(["read", "write"], pairs[0].Actions);
    }

    [Fact]
    public void Sweep_diff_prunes_only_when_every_manifest_of_the_namespace_asks()
    {
        RegisteredArray[] registered = [new("keep", "s3://b/keep", "d", []), new("gone", "s3://b/gone", null, [])];
        var manifest = new RegistrationManifest { Namespace = "n", Prune = true, Arrays = [new ArraySpec { Name = "keep", StorageUri = "s3://b/keep/", Description = "d" }] };

        Assert.Equal(["gone"], SweepOrchestrator.Diff("n", [manifest], registered).Remove);
        Assert.Empty(SweepOrchestrator.Diff("n", [manifest, manifest with { Prune = false }], registered).Remove);
        Assert.Equal("keep", Assert.Single(SweepOrchestrator.Diff("n", [manifest], registered).Unchanged).Name);
        Assert.Single(SweepOrchestrator.Diff("n", [manifest with { Arrays = [.. manifest.Arrays, new ArraySpec { Name = "keep", StorageUri = "s3://other" }] }], registered).Conflicts);
    }

    [Fact]
    public void AddTileDbWorkflows_binds_the_sections_and_rejects_bad_settings_by_key()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:BatchSize"] = "0",
            ["Workflows:TaskPollInterval"] = "00:10:00",
            ["Workflows:TaskPollMaxInterval"] = "00:01:00",
            ["Sweep:ManifestContainer"] = "Bad_Name",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddTileDbWorkflows(config).BuildServiceProvider();

        var workflows = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkflowOptions>>().Value);
        Assert.Contains(workflows.Failures, f => f.Contains("Workflows:BatchSize", StringComparison.Ordinal));
        Assert.Contains(workflows.Failures, f => f.Contains("TaskPollMaxInterval must not be shorter", StringComparison.Ordinal));
        var sweep = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SweepOptions>>().Value);
        Assert.Contains(sweep.Failures, f => f.Contains("Sweep:ManifestContainer", StringComparison.Ordinal));
        Assert.NotNull(provider.GetRequiredService<Triggers.WorkflowApi>());
    }

    [Fact]
    public void Default_settings_are_valid_and_every_task_is_registered()
    {
        Assert.True(new WorkflowOptionsValidator().Validate(null, new WorkflowOptions()).Succeeded);
        Assert.True(new SweepOptionsValidator().Validate(null, new SweepOptions()).Succeeded);
        Assert.Equal(10, WorkflowTasks.Orchestrators.Count);
        Assert.Contains(typeof(Lists.ListOrchestrator), WorkflowTasks.Orchestrators);
        Assert.Contains(typeof(Lists.ListChunkOrchestrator), WorkflowTasks.Orchestrators);
        Assert.Contains(typeof(LoadSettingsActivity), WorkflowTasks.Activities);
    }
}
