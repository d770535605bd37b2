using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Hosting.Scheduling;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Hosting;

public sealed partial class ConfigurationFilesTests
{
    private static readonly string HostJsonPath = Path.Combine(RepoRoot.Path, "host.json");
    private static readonly string SamplePath = Path.Combine(RepoRoot.Path, "local.settings.sample.json");

    [Fact]
    public void Host_json_parses_and_sets_the_hub_storage_concurrency_queues_and_logging()
    {
        var host = Parse(HostJsonPath);

        Assert.Equal("2.0", (string?)host["version"]);
        var durable = host["extensions"]!["durableTask"]!;
        Assert.Equal($"%{AppSettings.TaskHubName}%", (string?)durable["hubName"]);
        Assert.Equal("AzureStorage", (string?)durable["storageProvider"]!["type"]);
        Assert.Equal(AppSettings.AzureWebJobsStorage, (string?)durable["storageProvider"]!["connectionName"]);
        Assert.True((int)durable["maxConcurrentActivityFunctions"]! > 0);
        Assert.True((int)durable["maxConcurrentOrchestratorFunctions"]! > 0);
        Assert.InRange((int)host["extensions"]!["queues"]!["maxDequeueCount"]!, 2, 10);
        Assert.Equal("base64", (string?)host["extensions"]!["queues"]!["messageEncoding"]);
        Assert.NotNull(host["logging"]!["logLevel"]!["default"]);
    }

    [Fact]
    public void Host_json_route_prefix_is_the_one_the_status_links_use()
    {
        Assert.Equal(ApiRoutes.Prefix, (string?)Parse(HostJsonPath)["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public void The_sample_lists_every_setting_the_app_reads()
    {
        var values = SampleValues();

        var missing = AppSettings.All.Where(s => !values.ContainsKey(s)).ToArray();

        Assert.True(missing.Length == 0, $"{SamplePath} lacks {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_sample_setting_is_documented()
    {
        var comments = Parse(SamplePath)["_comments"]!.AsObject();

        var undocumented = SampleValues().Keys.Where(k => string.IsNullOrWhiteSpace((string?)comments[k])).ToArray();

        Assert.True(undocumented.Length == 0, $"no _comments entry for {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Azure_only_settings_and_optional_sections_are_documented_but_not_given_local_values()
    {
        var comments = Parse(SamplePath)["_comments"]!.AsObject();
        var values = SampleValues();

        Assert.All(AppSettings.AzureOnly, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)comments[key]), $"no _comments entry for {key}");
            Assert.DoesNotContain(key, values.Keys);
        });
        Assert.All(AppSettings.OptionalSections, section =>
            Assert.Contains(comments, c => c.Key.StartsWith(section + "__", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_sample_runs_locally_and_holds_no_secret()
    {
        var values = SampleValues();

        Assert.Equal("UseDevelopmentStorage=true", values[AppSettings.AzureWebJobsStorage]);
        Assert.Equal("dotnet-isolated", values[AppSettings.FunctionsWorkerRuntime]);
        Assert.Equal("bulk-invitations", values[AppSettings.BulkInvitationsQueue]);
        Assert.Equal("0 0 2 * * *", values[AppSettings.SweepSchedule]);
        // A placeholder, not a token: TileDB tokens are long opaque strings without spaces or angle brackets.
        Assert.Matches("^<.*>$", values[AppSettings.TileDbApiToken]);
        Assert.Equal(string.Empty, values[AppSettings.ApplicationInsightsConnectionString]);
    }

    [Fact]
    public void The_sample_schedule_parses_and_occurs_nightly()
    {
        var schedule = SampleValues()[AppSettings.SweepSchedule];
        var now = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero), CronSchedule.Latest(schedule, now, TimeZoneInfo.Utc));
    }

    [Fact]
    public void TileDb_settings_name_real_client_options()
    {
        var properties = typeof(TileDbCloudOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var prefix = AppSettings.TileDbSection + "__";
        var unknown = SampleValues().Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !properties.Contains(k[prefix.Length..])).ToArray();

        Assert.Empty(unknown);
        Assert.True(Enum.TryParse<Cloud.Http.RetryMode>(SampleValues()[AppSettings.TileDbRetryMode], out _));
    }

    [Fact]
    public void Every_binding_expression_in_host_json_and_the_metadata_is_a_known_setting()
    {
        var text = File.ReadAllText(HostJsonPath) + File.ReadAllText(FunctionsBuildOutput.MetadataPath);

        var used = BindingExpression().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToArray();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, AppSettings.All));
    }

    [Fact]
    public void Code_reads_configuration_only_through_the_AppSettings_names()
    {
        var sources = Directory.EnumerateFiles(FunctionsBuildOutput.ProjectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(sources);

        var reads = sources.SelectMany(p => ConfigurationRead().Matches(File.ReadAllText(p)).Select(m => (File: Path.GetFileName(p), Argument: m.Groups[1].Value))).ToArray();
        var percent = sources.SelectMany(p => PercentLiteral().Matches(File.ReadAllText(p)).Select(m => (File: Path.GetFileName(p), Argument: m.Value))).ToArray();

        Assert.NotEmpty(reads);
        Assert.All(reads, r => Assert.StartsWith("AppSettings.", r.Argument, StringComparison.Ordinal));
        // Binding expressions are built from the constants too, never typed as "%Name%" literals.
        Assert.Empty(percent);
    }

    private static JsonNode Parse(string path) =>
        JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow })
        ?? throw new InvalidDataException(path + " is empty");

    private static Dictionary<string, string> SampleValues() =>
        Parse(SamplePath)["Values"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value ?? string.Empty, StringComparer.Ordinal);

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex BindingExpression();

    [GeneratedRegex(@"(?:configuration|Configuration)(?:\[|\.GetSection\(|\.GetValue<[^>]+>\()\s*([A-Za-z0-9_.""]+)")]
    private static partial Regex ConfigurationRead();

    [GeneratedRegex("\"%[A-Za-z0-9_]+%")]
    private static partial Regex PercentLiteral();
}
