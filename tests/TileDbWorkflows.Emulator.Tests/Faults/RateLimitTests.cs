using System.Net;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Faults;

/// <summary>Token buckets through the admin API, on the emulator's fake clock so refills happen only when the test says.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_token_gets_its_burst_then_429_with_retry_after_then_refills_as_time_passes()
    {
        var (emu, time) = await Emulators.StartWithFakeTimeAsync();
        await using var _ = emu;
        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { Token = "alice-token", RatePerSecond = 2, Burst = 3 }] });
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");

        for (var i = 0; i < 3; i++)
        {
            await alice.GetOkAsync("/v1/user");
        }

        var (status, body, response) = await alice.SendAsync(HttpMethod.Get, "/v1/user");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Api.AssertErrorBody(body);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        await bob.GetOkAsync("/v1/user");

        // Half a second at 2 per second is one token: one more request, then refused again.
        time.Advance(TimeSpan.FromSeconds(0.5));
        await alice.GetOkAsync("/v1/user");
        await alice.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.TooManyRequests);

        // A long quiet spell refills only up to the burst.
        time.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 3; i++)
        {
            await alice.GetOkAsync("/v1/organizations");
        }

        await alice.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.TooManyRequests);

        var rule = Assert.Single((await emu.Admin.GetRateLimitsAsync()).Rules);
        Assert.Equal(7, rule.Allowed);
        Assert.Equal(3, rule.Limited);
        var refused = await emu.Admin.GetRequestsAsync(status: 429);
        Assert.Equal(3, refused.Count);
        Assert.All(refused, e => Assert.Equal(RateLimiter.LogMark, e.Fault));
        Assert.All(refused, e => Assert.Equal("alice", e.User));
    }

    [Fact]
    public async Task Retry_after_is_whole_seconds_until_the_next_token()
    {
        var (emu, _) = await Emulators.StartWithFakeTimeAsync();
        await using var __ = emu;
        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { RatePerSecond = 0.3, Burst = 1 }] });
        using var alice = emu.CreateClient("alice-token");

        await alice.GetOkAsync("/v1/user");
        var (status, _, response) = await alice.SendAsync(HttpMethod.Get, "/v1/user");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(TimeSpan.FromSeconds(4), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_rule_without_token_gives_every_caller_a_bucket_of_its_own()
    {
        var (emu, _) = await Emulators.StartWithFakeTimeAsync();
        await using var __ = emu;
        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { Route = "/v1/user", RatePerSecond = 1, Burst = 1 }] });
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");

        await alice.GetOkAsync("/v1/user");
        await alice.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.TooManyRequests);
        await bob.GetOkAsync("/v1/user");
        await alice.GetOkAsync("/v1/organizations");
    }

    [Fact]
    public async Task A_refused_mutation_changes_no_state()
    {
        var (emu, _) = await Emulators.StartWithFakeTimeAsync();
        await using var __ = emu;
        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { Method = "POST", RatePerSecond = 1, Burst = 1 }] });
        using var alice = emu.CreateClient("alice-token");

        await alice.RegisterAsync("alice", "first");
        await alice.ExpectAsync(HttpMethod.Post, $"/v1/arrays/alice/{Api.Enc("s3://b/second")}/register", HttpStatusCode.TooManyRequests, new { name = "second" });
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/second/metadata", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_specs_are_rejected_and_clearing_or_reset_lifts_the_limit()
    {
        var (emu, _) = await Emulators.StartWithFakeTimeAsync();
        await using var __ = emu;
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { RatePerSecond = 0 }] }));
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { Burst = 0 }] }));
        using var alice = emu.CreateClient("alice-token");

        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { RatePerSecond = 1, Burst = 1 }] });
        await alice.GetOkAsync("/v1/user");
        await alice.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.TooManyRequests);
        await emu.Admin.ClearRateLimitsAsync();
        await alice.GetOkAsync("/v1/user");

        await emu.Admin.SetRateLimitsAsync(new RateLimitSpec { Rules = [new RateLimitRule { RatePerSecond = 1, Burst = 1 }] });
        await alice.GetOkAsync("/v1/user");
        await emu.Admin.ResetAsync();
        await alice.GetOkAsync("/v1/user");
        Assert.Empty((await emu.Admin.GetRateLimitsAsync()).Rules);
    }
}
