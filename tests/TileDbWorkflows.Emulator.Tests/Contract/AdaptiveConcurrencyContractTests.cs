using System.Diagnostics;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Http.Concurrency;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace TileDbWorkflows.Emulator.Tests.Contract;

/// <summary>The real client's adaptive limit against the emulator's token bucket, over loopback and real time.</summary>
public sealed class AdaptiveConcurrencyContractTests(ITestOutputHelper output)
{
    private const int Requests = 60;

    [Fact]
    public async Task The_client_finds_the_rate_and_every_request_succeeds_with_fewer_429s_than_requests()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { Token = "alice-token", RatePerSecond = 40, Burst = 20 }] });
        using var alice = ContractClient.Create(emu, "alice-token");

        var watch = Stopwatch.StartNew();
        var profiles = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => alice.Users.GetProfileAsync()));
        watch.Stop();

        Assert.All(profiles, p => Assert.Equal("alice", p.Username));
        var served = await emu.Admin.GetRequestsAsync(path: "/v1/user");
        var refused = served.Count(e => e.Status == 429);
        Assert.Equal(Requests, served.Count(e => e.Status == 200));
        Assert.True(refused < Requests, $"{refused} answers of 429 for {Requests} requests");
        Assert.Equal(refused, Assert.Single((await emu.Admin.GetRateLimitsAsync()).Rules).Limited);
        Assert.Equal(0, alice.Concurrency!.InFlight);
        output.WriteLine($"adaptive: {Requests} requests, {refused} x 429, limit now {alice.Concurrency.Limit}, {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Without_the_limit_the_same_load_also_completes()
    {
        // The comparison figure for the run above (printed, not asserted: it depends on scheduling).
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { Token = "alice-token", RatePerSecond = 40, Burst = 20 }] });
        using var alice = TileDbCloudClient.Create(new TileDbCloudOptions
        {
            ServerAddress = emu.BaseAddress.ToString(),
            ApiToken = "alice-token",
            UseConfigFile = false,
            SaveSessionOnLogin = false,
            Concurrency = new ConcurrencyOptions { Enabled = false },
            ConfigFilePath = Path.Combine(Path.GetTempPath(), $"tdbw-contract-{Guid.NewGuid():N}.json"),
        });

        var watch = Stopwatch.StartNew();
        var profiles = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => alice.Users.GetProfileAsync()));
        watch.Stop();

        Assert.All(profiles, p => Assert.Equal("alice", p.Username));
        var refused = (await emu.Admin.GetRequestsAsync(path: "/v1/user", status: 429)).Count;
        output.WriteLine($"unlimited: {Requests} requests, {refused} x 429, {watch.ElapsedMilliseconds} ms");
    }
}
