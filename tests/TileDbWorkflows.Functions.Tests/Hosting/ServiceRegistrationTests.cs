using System.Reflection;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Functions.Hosting;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Triggers;
using TokenCredential = Azure.Core.TokenCredential;

namespace TileDbWorkflows.Functions.Tests.Hosting;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void Every_function_class_can_be_created_from_the_apps_services()
    {
        using var provider = Build(SampleConfiguration());
        var classes = typeof(FunctionsAppServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToArray();

        Assert.Equal(19, classes.Length);
        Assert.All(classes, t => Assert.NotNull(ActivatorUtilities.CreateInstance(provider, t)));
        Assert.Same(provider.GetRequiredService<WorkflowApi>(), provider.GetRequiredService<WorkflowApi>());
    }

    [Fact]
    public void The_TileDb_section_binds_the_client_options()
    {
        var settings = SampleConfiguration();
        settings[AppSettings.ConfigurationKey(AppSettings.TileDbRetryMode)] = "Forceful";
        settings[AppSettings.ConfigurationKey(AppSettings.TileDbApiToken)] = "tok-123";
        using var provider = Build(settings);

        var options = provider.GetRequiredService<IOptions<TileDbCloudOptions>>().Value;

        Assert.Equal("https://api.tiledb.com", options.ServerAddress);
        Assert.Equal(Cloud.Http.RetryMode.Forceful, options.RetryMode);
        Assert.Equal("tok-123", options.ApiToken);
        Assert.DoesNotContain("tok-123", options.ToString(), StringComparison.Ordinal);
        Assert.NotNull(provider.GetRequiredService<ITileDbCloudClient>());
    }

    [Fact]
    public void The_workflow_options_bind_from_the_sample_and_pass_their_validation()
    {
        using var provider = Build(SampleConfiguration());

        var sweep = provider.GetRequiredService<IOptions<SweepOptions>>().Value;

        Assert.Equal("manifests", sweep.ManifestContainer);
        Assert.Equal("reports", sweep.ReportContainer);
        Assert.NotNull(provider.GetRequiredService<IOptions<WorkflowOptions>>().Value);
        Assert.NotNull(provider.GetRequiredService<TokenCredential>());
    }

    [Fact]
    public void A_bad_workflow_setting_fails_when_the_options_are_read()
    {
        var settings = SampleConfiguration();
        settings["Sweep:ManifestContainer"] = "Not_A_Container";
        using var provider = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SweepOptions>>().Value);
        Assert.Contains("ManifestContainer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_TileDB_client_redacts_every_logged_header()
    {
        using var provider = Build(SampleConfiguration());

        var options = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(TileDbCloudClient.HttpClientName);

        Assert.True(options.ShouldRedactHeaderValue("X-TILEDB-REST-API-KEY"));
        Assert.True(options.ShouldRedactHeaderValue("Authorization"));
    }

    [Fact]
    public async Task Application_Insights_is_wired_only_when_a_connection_string_is_set()
    {
        // Through the OpenTelemetry Azure Monitor exporter (host.json telemetryMode OpenTelemetry), as in the worker.
        await using var without = Build(SampleConfiguration());
        var settings = SampleConfiguration();
        settings[AppSettings.ApplicationInsightsConnectionString] = "InstrumentationKey=00000000-0000-0000-0000-000000000000";
        await using var with = Build(settings);

        Assert.Empty(without.GetServices<IConfigureOptions<AzureMonitorOptions>>());
        Assert.NotEmpty(with.GetServices<IConfigureOptions<AzureMonitorOptions>>());
        Assert.NotNull(with.GetService<TracerProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddTileDbWorkflowsFunctions(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The sample's values as the Functions host presents them: <c>__</c> becomes the section separator.</summary>
    private static Dictionary<string, string?> SampleConfiguration()
    {
        return SampleSettings.Values().ToDictionary(p => AppSettings.ConfigurationKey(p.Key), p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
