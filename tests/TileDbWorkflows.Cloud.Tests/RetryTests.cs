using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class RetryTests
{
    private static readonly TileDbUri Array = TileDbUri.Parse("tiledb://ns/a");

    [Fact]
    public async Task Default_retries_503_until_success()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Enqueue(ScriptedResponse.Status(503), ScriptedResponse.Status(503), ScriptedResponse.Json("""{"name":"a"}"""));
        using var client = TestClients.Create(server, time);

        var info = await TestClients.DriveAsync(client.Arrays.GetInfoAsync(Array), time);

        Assert.Equal("a", info.Name);
        Assert.Equal(3, server.Requests.Count);

        // urllib3 backoff: 0.5 s (plus up to 20% jitter) before the second retry. The driver keeps advancing
        // fake time while requests are in flight, so only the lower bound is exact.
        var gap = server.Requests[2].FakeTime - server.Requests[1].FakeTime;
        Assert.InRange(gap, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.6 + 10));
    }

    [Fact]
    public async Task Default_gives_up_after_ten_attempts_and_throws_the_last_status()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Fallback = _ => ScriptedResponse.Json("""{"code":2,"message":"not enough capacity"}""", 503);
        using var client = TestClients.Create(server, time);

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => TestClients.DriveAsync(client.Arrays.GetInfoAsync(Array), time, TimeSpan.FromSeconds(2)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(10, server.Requests.Count);
    }

    [Fact]
    public async Task Default_does_not_retry_500_or_429_without_retry_after()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(500), ScriptedResponse.Status(429));
        using var client = TestClients.Create(server);

        var first = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array));
        var second = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array));

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Default_honours_retry_after_on_429()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Enqueue(ScriptedResponse.WithHeader(429, "Retry-After", "30"), ScriptedResponse.Json("""{"name":"a"}"""));
        using var client = TestClients.Create(server, time);

        await TestClients.DriveAsync(client.Arrays.GetInfoAsync(Array), time, TimeSpan.FromSeconds(1));

        Assert.Equal(2, server.Requests.Count);
        Assert.InRange(server.Requests[1].FakeTime - server.Requests[0].FakeTime, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Forceful_retries_500_and_posts()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Enqueue(ScriptedResponse.Status(500), ScriptedResponse.Status(400), ScriptedResponse.Status(502), ScriptedResponse.WithHeader(200, "X-TILEDB-CLOUD-TASK-ID", "task-9", "[]"));
        using var client = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Forceful);

        var result = await TestClients.DriveAsync(client.Tasks.SubmitSqlAsync("ns", new Tasks.SqlSubmission { Query = "select 1" }), time);

        Assert.Equal("task-9", result.TaskId);
        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("POST", r.Method));
        Assert.All(server.Requests, r => Assert.Equal("""{"query":"select 1"}""", r.Body));
    }

    [Fact]
    public async Task Disabled_makes_one_attempt()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Status(503);
        using var client = TestClients.Create(server, configure: o => o.RetryMode = RetryMode.Disabled);

        await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Switching_mode_applies_to_the_next_request_of_the_same_client()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Enqueue(ScriptedResponse.Status(500), ScriptedResponse.Status(500), ScriptedResponse.Json("{}"));
        using var client = TestClients.Create(server, time);
        var arrays = client.Arrays;

        await Assert.ThrowsAsync<TileDbCloudException>(() => arrays.GetInfoAsync(Array));
        client.SetRetryMode(RetryMode.Forceful);
        await TestClients.DriveAsync(arrays.GetInfoAsync(Array), time);

        Assert.Equal(RetryMode.Forceful, client.RetryMode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Custom_settings_retry_only_allowed_methods()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Fallback = _ => ScriptedResponse.Status(503);
        using var client = TestClients.Create(server, time);
        client.SetRetrySettings(new RetrySettings { Total = 2, StatusForcelist = new HashSet<int> { 503 }, AllowedMethods = new HashSet<string> { "GET" }, JitterRatio = 0 });

        await Assert.ThrowsAsync<TileDbCloudException>(() => TestClients.DriveAsync(client.Tasks.SubmitSqlAsync("ns", new Tasks.SqlSubmission { Query = "q" }), time));
        Assert.Single(server.Requests);

        await Assert.ThrowsAsync<TileDbCloudException>(() => TestClients.DriveAsync(client.Arrays.GetInfoAsync(Array), time));
        Assert.Equal(1 + 3, server.Requests.Count);
        Assert.Equal(RetryMode.Custom, client.RetryMode);
    }

    [Fact]
    public async Task Caller_supplied_pipeline_is_used()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(418), ScriptedResponse.Json("{}"));
        using var client = TestClients.Create(server);
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new Polly.Retry.RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 1,
                Delay = TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == (HttpStatusCode)418),
            })
            .Build();
        client.SetRetryPipeline(pipeline);

        await client.Arrays.GetInfoAsync(Array);

        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.5)]
    [InlineData(2, 1.0)]
    [InlineData(3, 2.0)]
    [InlineData(12, 120.0)]
    public void Backoff_follows_urllib3_and_is_capped(int attempt, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryPipelineFactory.Backoff(RetrySettings.Default, attempt));
    }
}
