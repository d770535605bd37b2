using System.Net;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Faults;

/// <summary>Latency distributions: the draws themselves (seeded, so exact and repeatable), and the admin API over loopback.</summary>
public sealed class LatencyTests
{
    private static List<double> Draw(LatencyRule rule, int count, int seed = 7, string path = "/v1/user")
    {
        var injector = new LatencyInjector();
        injector.Set(new LatencySpec { Seed = seed, Rules = [rule] });
        return [.. Enumerable.Range(0, count).Select(_ => injector.Decide("GET", path).TotalMilliseconds)];
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Floor(q * (sorted.Count - 1))];
    }

    [Fact]
    public void The_same_seed_gives_the_same_delays()
    {
        var rule = () => new LatencyRule { Distribution = LatencyDistributions.LogNormal, P50Ms = 5, P99Ms = 80 };

        Assert.Equal(Draw(rule(), 50), Draw(rule(), 50));
        Assert.NotEqual(Draw(rule(), 50), Draw(rule(), 50, seed: 8));
    }

    [Theory]
    [InlineData(LatencyDistributions.LogNormal)]
    [InlineData(LatencyDistributions.Pareto)]
    public void Long_tails_have_the_median_and_99th_percentile_asked_for(string distribution)
    {
        var draws = Draw(new LatencyRule { Distribution = distribution, P50Ms = 10, P99Ms = 200 }, 20_000);

        Assert.InRange(Quantile(draws, 0.5), 9, 11);
        Assert.InRange(Quantile(draws, 0.99), 160, 250);
        Assert.True(draws.Max() > 200, "a long tail goes past its 99th percentile");
    }

    [Fact]
    public void Fixed_and_uniform_stay_where_they_are_put_and_max_caps_a_tail()
    {
        Assert.All(Draw(new LatencyRule { Ms = 12 }, 20), d => Assert.Equal(12, d));
        var uniform = Draw(new LatencyRule { Distribution = LatencyDistributions.Uniform, MinMs = 5, MaxMs = 9 }, 500);
        Assert.All(uniform, d => Assert.InRange(d, 5, 9));
        Assert.True(uniform.Max() - uniform.Min() > 3, "uniform spreads over its range");
        Assert.All(Draw(new LatencyRule { Distribution = LatencyDistributions.Pareto, P50Ms = 10, P99Ms = 1000, MaxMs = 50 }, 2000), d => Assert.InRange(d, 0, 50));
    }

    [Fact]
    public void Only_matching_routes_and_methods_are_delayed()
    {
        Assert.All(Draw(new LatencyRule { Route = "/v1/arrays/*", Ms = 3 }, 5), d => Assert.Equal(0, d));
        var injector = new LatencyInjector();
        injector.Set(new LatencySpec { Rules = [new LatencyRule { Method = "POST", Ms = 3 }] });
        Assert.Equal(TimeSpan.Zero, injector.Decide("GET", "/v1/user"));
        Assert.Equal(TimeSpan.FromMilliseconds(3), injector.Decide("POST", "/v1/user"));
    }

    [Fact]
    public async Task Delayed_requests_go_through_and_are_counted_and_bad_rules_are_rejected()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetLatencyAsync(new LatencySpec { Seed = 3, Rules = [new LatencyRule { Route = "/v1/user", Distribution = LatencyDistributions.Uniform, MinMs = 1, MaxMs = 3 }] });
        using var alice = emu.CreateClient("alice-token");

        await alice.GetOkAsync("/v1/user");
        await alice.GetOkAsync("/v1/user");
        await alice.GetOkAsync("/v1/organizations");

        var rule = Assert.Single((await emu.Admin.GetLatencyAsync()).Rules);
        Assert.Equal(2, rule.Applied);
        Assert.InRange(rule.TotalMs, 2, 6);
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetLatencyAsync(new LatencySpec { Rules = [new LatencyRule { Distribution = "gamma" }] }));
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetLatencyAsync(new LatencySpec { Rules = [new LatencyRule { Distribution = LatencyDistributions.LogNormal, P50Ms = 10, P99Ms = 5 }] }));
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetLatencyAsync(new LatencySpec { Rules = [new LatencyRule { Distribution = LatencyDistributions.Uniform, MinMs = 4, MaxMs = 2 }] }));

        await emu.Admin.ClearLatencyAsync();
        Assert.Empty((await emu.Admin.GetLatencyAsync()).Rules);
        Assert.Equal(HttpStatusCode.OK, (await alice.SendAsync(HttpMethod.Get, "/v1/user")).Status);
    }
}
