using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests.Issues;

/// <summary>
/// Gap: the client logged nothing, so retries, region redirects and failures were invisible in
/// production. It now logs through source-generated messages with fixed event ids, and never the API key.
/// </summary>
public sealed class ClientLogsRetriesRedirectsAndFailuresTests
{
    private const int Retry = 1001;
    private const int Redirect = 1002;
    private const int Failed = 1004;

    [Fact]
    public async Task Retry_redirect_and_failure_are_logged_without_the_token()
    {
        var time = new FakeTimeProvider();
        await using var global = await RecordingServer.StartAsync(time);
        await using var regional = await RecordingServer.StartAsync(time);
        global.Fallback = r => ScriptedResponse.WithHeader(307, "Location", regional.BaseAddress + r.RawPath + r.Query);
        regional.Enqueue(
            ScriptedResponse.Json("""{"code":2,"message":"not enough capacity"}""", 503),
            ScriptedResponse.Json("""{"arrays":[]}"""),
            ScriptedResponse.Json("""{"code":8003,"message":"array does not exist","request_id":"req-42"}""", 404));
        using var capture = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        using var client = TestClients.Create(global, time, loggerFactory: loggerFactory);

        // The query carries a search term: the logs show paths only.
        await TestClients.DriveAsync(client.Arrays.ListAsync(ListScope.Owned, new Arrays.ArrayListFilter { Search = "private-term" }), time);
        await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(TileDbUri.Parse("tiledb://ns/gone")));

        // One redirect per path: the list's retry went straight to the remembered region.
        var redirects = capture.WithEvent(Redirect).ToList();
        Assert.Equal(2, redirects.Count);
        Assert.All(redirects, r =>
        {
            Assert.Equal("307", r.State["Status"]);
            Assert.Equal(global.BaseAddress, r.State["FromOrigin"]);
            Assert.Equal(regional.BaseAddress, r.State["ToOrigin"]);
        });

        var retry = Assert.Single(capture.WithEvent(Retry));
        Assert.Equal(LogLevel.Warning, retry.Level);
        Assert.Equal("1", retry.State["Attempt"]);
        Assert.Equal("HTTP 503", retry.State["Outcome"]);
        Assert.NotNull(retry.State["DelayMs"]);
        Assert.Equal("GET", retry.State["Method"]);

        var failed = Assert.Single(capture.WithEvent(Failed));
        Assert.Equal("/v1/arrays/ns/gone/metadata", failed.State["Path"]);
        Assert.Equal("404", failed.State["Status"]);
        Assert.Equal("8003", failed.State["ErrorCode"]);
        Assert.Equal("req-42", failed.State["RequestId"]);

        Assert.All(capture.Entries, e => Assert.Equal("TileDbWorkflows.Cloud.TileDbCloudClient", e.Category));
        Assert.All(capture.Entries.SelectMany(e => e.AllText()), text =>
        {
            Assert.DoesNotContain(TestClients.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("private-term", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_di_registration_logs_through_the_containers_logger_factory()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Json("""{"code":1001,"message":"internal"}""", 500);
        using var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        services.AddTileDbCloud(o =>
        {
            o.ServerAddress = server.BaseAddress;
            o.ApiToken = TestClients.Token;
            o.UseConfigFile = false;
        });
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<TileDbCloudException>(() => provider.GetRequiredService<ITileDbCloudClient>().Users.GetProfileAsync());

        var failed = Assert.Single(capture.WithEvent(Failed));
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal("/v1/user", failed.State["Path"]);
        Assert.All(capture.Entries.SelectMany(e => e.AllText()), text => Assert.DoesNotContain(TestClients.Token, text, StringComparison.Ordinal));
    }
}
