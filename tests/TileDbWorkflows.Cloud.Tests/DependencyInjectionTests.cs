using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public async Task AddTileDbCloud_binds_configuration_and_shares_state_between_resolved_clients()
    {
        await using var server = await RecordingServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TileDbCloud:ServerAddress"] = server.BaseAddress,
            ["TileDbCloud:ApiToken"] = "di-token",
            ["TileDbCloud:RetryMode"] = "Forceful",
            ["TileDbCloud:UseConfigFile"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddTileDbCloud(configuration.GetSection(TileDbCloudOptions.SectionName));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var client = provider.GetRequiredService<ITileDbCloudClient>();
        await client.Users.GetProfileAsync();
        client.SetRetryMode(RetryMode.Disabled);

        Assert.Equal("di-token", server.OnlyRequest().Header("X-TILEDB-REST-API-KEY"));
        Assert.Equal(RetryMode.Disabled, provider.GetRequiredService<ITileDbCloudClient>().RetryMode);
    }

    [Theory]
    [InlineData("only-user", 5, "Password")]
    [InlineData(null, 99, "MaxRedirects")]
    public void Invalid_options_fail_validation(string? username, int maxRedirects, string expected)
    {
        var services = new ServiceCollection();
        services.AddTileDbCloud(o => { o.Username = username; o.MaxRedirects = maxRedirects; });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TileDbCloudOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => TileDbCloudClient.Create(new TileDbCloudOptions { Username = "x" }, configFile: new CloudConfigFile("/nonexistent/cloud.json", _ => null)));
    }

    [Fact]
    public void Interface_is_mockable()
    {
        var mock = new Moq.Mock<ITileDbCloudClient>();
        mock.SetupGet(m => m.RetryMode).Returns(RetryMode.Forceful);
        Assert.Equal(RetryMode.Forceful, mock.Object.RetryMode);
    }
}
