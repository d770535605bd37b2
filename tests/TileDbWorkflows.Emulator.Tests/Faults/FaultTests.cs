using System.Net;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Faults;

public sealed class FaultTests
{
    [Fact]
    public async Task Capacity_faults_are_counted_then_requests_succeed()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.Capacity, Count = 2 }] });
        using var alice = emu.CreateClient("alice-token");
        for (var i = 0; i < 2; i++)
        {
            var (status, body, _) = await alice.SendAsync(HttpMethod.Get, "/v1/user");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Api.AssertErrorBody(body);
        }

        await alice.GetOkAsync("/v1/user");
        Assert.Equal(2, (await emu.Admin.GetFaultsAsync()).Rules[0].Injected);
        Assert.Equal(2, (await emu.Admin.GetRequestsAsync(status: 503)).Count);
    }

    [Fact]
    public async Task Rate_limit_faults_carry_retry_after()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/arrays/*", Kind = FaultKinds.RateLimit, RetryAfterSeconds = 7, Count = 1 }] });
        using var alice = emu.CreateClient("alice-token");
        var (status, _, response) = await alice.SendAsync(HttpMethod.Get, "/v1/arrays/browser/public");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        await alice.GetOkAsync("/v1/user");
    }

    [Fact]
    public async Task A_faulted_mutation_changes_no_state()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "*/register", Method = "POST", Kind = FaultKinds.ServerError, Count = 1 }] });
        using var alice = emu.CreateClient("alice-token");
        await alice.ExpectAsync(HttpMethod.Post, $"/v1/arrays/alice/{Api.Enc("s3://b/f")}/register", HttpStatusCode.InternalServerError, new { name = "f" });
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/f/metadata", HttpStatusCode.NotFound);
        await alice.RegisterAsync("alice", "f", "s3://b/f");
    }

    [Fact]
    public async Task Method_and_route_must_both_match()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Method = "POST", Kind = FaultKinds.Capacity }] });
        using var alice = emu.CreateClient("alice-token");
        await alice.GetOkAsync("/v1/user");
        await alice.GetOkAsync("/v1/organizations");
    }

    [Fact]
    public async Task Probability_draws_are_repeatable_with_the_same_seed()
    {
        async Task<string> RunAsync()
        {
            await using var emu = await Emulators.StartAsync();
            await emu.Admin.SetFaultsAsync(new FaultSpec { Seed = 42, Rules = [new FaultRule { Kind = FaultKinds.Capacity, Probability = 0.5 }] });
            using var alice = emu.CreateClient("alice-token");
            var pattern = new System.Text.StringBuilder();
            for (var i = 0; i < 40; i++)
            {
                var (status, _, _) = await alice.SendAsync(HttpMethod.Get, "/v1/user");
                pattern.Append(status == HttpStatusCode.OK ? '.' : 'X');
            }

            return pattern.ToString();
        }

        var first = await RunAsync();
        var second = await RunAsync();
        Assert.Equal(first, second);
        Assert.Contains('X', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task Dropped_connections_fail_the_request_and_are_logged_with_status_0()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.Drop, Count = 1 }] });
        using var alice = emu.CreateClient("alice-token");
        await Assert.ThrowsAsync<HttpRequestException>(() => alice.GetAsync("/v1/user"));
        await alice.GetOkAsync("/v1/user");
        var log = await Eventually.UntilAsync(() => emu.Admin.GetRequestsAsync(path: "/v1/user"), l => l.Count == 2, what: "both requests logged");
        Assert.Equal(0, log[0].Status);
        Assert.Equal(FaultKinds.Drop, log[0].Fault);
    }

    [Fact]
    public async Task Latency_delays_but_lets_the_request_through()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.Latency, LatencyMs = 200, Count = 1 }] });
        using var alice = emu.CreateClient("alice-token");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await alice.GetOkAsync("/v1/user");
        Assert.True(watch.ElapsedMilliseconds >= 180, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Clearing_faults_stops_them_and_bad_specs_are_rejected()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Kind = FaultKinds.Capacity }] });
        using var alice = emu.CreateClient("alice-token");
        await alice.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.ServiceUnavailable);
        await emu.Admin.ClearFaultsAsync();
        await alice.GetOkAsync("/v1/user");
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Kind = "teapot" }] }));
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Probability = 2 }] }));
    }
}
