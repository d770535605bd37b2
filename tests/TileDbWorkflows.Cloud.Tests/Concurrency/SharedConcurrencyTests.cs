using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Http.Concurrency;
using TileDbWorkflows.Cloud.Tests.Support;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Cloud.Tests.Concurrency;

/// <summary>The limiter in the client's pipeline, over loopback HTTP: one per token, shared, inside the retries.</summary>
public sealed class SharedConcurrencyTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Clients_with_one_token_share_one_limit_and_another_token_has_its_own()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        using var first = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Disabled);
        using var second = TestClients.Create(server, time);
        using var other = TestClients.Create(server, time, o => o.ApiToken = "another-token");
        server.Enqueue(ScriptedResponse.Status(429));

        await Assert.ThrowsAsync<TileDbCloudException>(() => first.Users.GetProfileAsync());

        Assert.Equal(4, first.Concurrency!.Limit);
        Assert.Same(first.Concurrency, second.Concurrency);
        Assert.NotEqual(first.Concurrency.Key, other.Concurrency!.Key);
        Assert.Equal(8, other.Concurrency.Limit);
        Assert.Contains(ConcurrencyLimits.Snapshot(), g => g.Key == first.Concurrency.Key);
    }

    [Fact]
    public async Task A_retry_after_seen_by_one_client_holds_new_requests_of_every_client_with_the_token()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        using var refused = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Disabled);
        using var waiting = TestClients.Create(server, time);
        server.Enqueue(ScriptedResponse.WithHeader(429, "Retry-After", "30"));
        await Assert.ThrowsAsync<TileDbCloudException>(() => refused.Users.GetProfileAsync());
        var heldUntil = time.GetUtcNow().AddSeconds(30);

        var call = waiting.Users.GetProfileAsync();
        await Eventually.WaitUntilAsync(() => waiting.Concurrency!.Waiting == 1, Deadline, "the second client's request waits for the hold");
        Assert.Single(server.Requests);

        time.Advance(TimeSpan.FromSeconds(30));
        await call.WaitAsync(Deadline);

        Assert.Equal(2, server.Requests.Count);
        Assert.True(server.Requests[1].FakeTime >= heldUntil, $"started at {server.Requests[1].FakeTime:o}, before the Retry-After moment {heldUntil:o}");
    }

    [Fact]
    public async Task A_retry_waiting_out_retry_after_holds_no_slot()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        using var client = TestClients.Create(server, time, o => o.Concurrency = new ConcurrencyOptions { Initial = 1, Min = 1, Max = 1 });
        server.Enqueue(ScriptedResponse.WithHeader(503, "Retry-After", "5"));

        var call = client.Users.GetProfileAsync();
        await server.WaitForRequestsAsync(1);
        await Eventually.WaitUntilAsync(() => client.Concurrency!.InFlight == 0, Deadline, "the refused attempt gave its slot back while the retry waits");

        // Stepped, not one jump: the retry's own delay timer may be scheduled only after the slot came back.
        await TestClients.DriveAsync(call, time);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(0, client.Concurrency!.InFlight);
    }

    [Fact]
    public async Task Requests_beyond_the_limit_wait_for_a_slot()
    {
        await using var server = await RecordingServer.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Hold = _ => release.Task;
        using var client = TestClients.Create(server, configure: o => o.Concurrency = new ConcurrencyOptions { Initial = 2, Min = 2, Max = 2 });

        var calls = Enumerable.Range(0, 5).Select(_ => client.Users.GetProfileAsync()).ToList();
        await server.WaitForRequestsAsync(2);
        await Eventually.WaitUntilAsync(() => client.Concurrency!.Waiting == 3, Deadline, "three requests wait for the two slots");
        Assert.Equal(2, server.Requests.Count);

        release.SetResult();
        await Task.WhenAll(calls).WaitAsync(Deadline);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task Limit_changes_are_logged_at_debug_without_the_token()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        using var client = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Disabled, loggerFactory: factory);
        server.Enqueue(ScriptedResponse.WithHeader(429, "Retry-After", "1"));

        await Assert.ThrowsAsync<TileDbCloudException>(() => client.Users.GetProfileAsync());

        var changed = Assert.Single(logs.WithEvent(1007));
        Assert.Equal(LogLevel.Debug, changed.Level);
        Assert.Contains(client.Concurrency!.Key, changed.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Debug, Assert.Single(logs.WithEvent(1008)).Level);
        Assert.DoesNotContain(logs.Entries.SelectMany(e => e.AllText()), text => text.Contains(TestClients.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disabled_limit_sends_everything_at_once_and_exposes_no_gauge()
    {
        await using var server = await RecordingServer.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Hold = _ => release.Task;
        using var client = TestClients.Create(server, configure: o => o.Concurrency = new ConcurrencyOptions { Enabled = false, Initial = 1, Min = 1, Max = 1 });

        var calls = Enumerable.Range(0, 3).Select(_ => client.Users.GetProfileAsync()).ToList();
        await server.WaitForRequestsAsync(3);
        release.SetResult();
        await Task.WhenAll(calls).WaitAsync(Deadline);

        Assert.Null(client.Concurrency);
    }

    [Theory]
    [InlineData("5", "2", "8", "Min")]
    [InlineData("1", "4", "8", "Initial")]
    [InlineData("0", "4", "2", "Min")]
    public void Concurrency_settings_are_bound_and_validated(string min, string max, string initial, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TileDbCloud:Concurrency:Min"] = min,
            ["TileDbCloud:Concurrency:Max"] = max,
            ["TileDbCloud:Concurrency:Initial"] = initial,
        }).Build();
        var services = new ServiceCollection();
        services.AddTileDbCloud(configuration.GetSection(TileDbCloudOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TileDbCloudOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains("Concurrency", StringComparison.Ordinal) && f.Contains(expected, StringComparison.Ordinal));
        var options = new TileDbCloudOptions { UseConfigFile = false, Concurrency = new ConcurrencyOptions { Min = 3, Max = 2 } };
        Assert.Throws<OptionsValidationException>(() => TileDbCloudClient.Create(options, configFile: new CloudConfigFile("/nonexistent/cloud.json", _ => null)));
    }

    [Fact]
    public void Defaults_fit_the_workers_activity_slots_and_bind_from_configuration()
    {
        var defaults = new TileDbCloudOptions().Concurrency;
        Assert.True(defaults.Enabled);
        Assert.Equal((8, 1, 64), (defaults.Initial, defaults.Min, defaults.Max));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TileDbCloud:Concurrency:Max"] = "16",
            ["TileDbCloud:Concurrency:MaxHold"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddTileDbCloud(configuration.GetSection(TileDbCloudOptions.SectionName));
        using var provider = services.BuildServiceProvider();
        var bound = provider.GetRequiredService<IOptions<TileDbCloudOptions>>().Value.Concurrency;

        Assert.Equal(16, bound.Max);
        Assert.Equal(TimeSpan.FromSeconds(30), bound.MaxHold);
        Assert.Equal(8, bound.Initial);
    }
}
