using System.Net;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class ResilienceContractTests
{
    [Fact]
    public async Task Default_mode_retries_503_capacity_errors()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.Capacity, Count = 2 }] });
        using var alice = ContractClient.Create(emu, "alice-token");
        Assert.Equal("alice", (await alice.Users.GetProfileAsync()).Username);
        Assert.Equal([503, 503, 200], (await emu.Admin.GetRequestsAsync(path: "/v1/user")).Select(e => e.Status));
    }

    [Fact]
    public async Task Retried_post_after_503_registers_exactly_once()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "*/register", Kind = FaultKinds.Capacity, Count = 2 }] });
        using var alice = ContractClient.Create(emu, "alice-token");
        await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://b/once", Namespace = "alice" });
        Assert.Single((await alice.Arrays.ListAsync(ListScope.Owned)).Items);
        Assert.Equal(3, (await emu.Admin.GetRequestsAsync(method: "POST")).Count);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_waited_out()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/organizations", Kind = FaultKinds.RateLimit, RetryAfterSeconds = 1, Count = 1 }] });
        using var demo = ContractClient.Create(emu, "demo-token");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Single(await demo.Organizations.ListAsync());
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.ElapsedMilliseconds} ms, before Retry-After");
        Assert.Equal([429, 200], (await emu.Admin.GetRequestsAsync(path: "/v1/organizations")).Select(e => e.Status));
    }

    [Fact]
    public async Task Disabled_mode_surfaces_the_first_503()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.Capacity, Count = 1 }] });
        using var alice = ContractClient.Create(emu, "alice-token", RetryMode.Disabled);
        var e = await Assert.ThrowsAsync<TileDbCloudException>(() => alice.Users.GetProfileAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(1503, e.ErrorCode);
    }

    [Fact]
    public async Task Default_mode_does_not_retry_500_but_forceful_does()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.ServerError, Count = 1 }] });
        Assert.Equal(HttpStatusCode.InternalServerError, (await Assert.ThrowsAsync<TileDbCloudException>(() => alice.Users.GetProfileAsync())).StatusCode);

        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.ServerError, Count = 1 }] });
        alice.SetRetryMode(RetryMode.Forceful);
        Assert.Equal("alice", (await alice.Users.GetProfileAsync()).Username);
    }

    [Fact]
    public async Task Dropped_connections_are_retried()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/v1/user", Kind = FaultKinds.Drop, Count = 1 }] });
        using var alice = ContractClient.Create(emu, "alice-token");
        Assert.Equal("alice", (await alice.Users.GetProfileAsync()).Username);
    }

    [Fact]
    public async Task Region_redirects_are_followed_with_credentials_and_cached()
    {
        await using var emu = await Emulators.StartAsync(new EmulatorOptions { Regions = ["eu-west-2"] });
        using var bob = ContractClient.Create(emu, "bob-token");
        var uri = new TileDbUri("TileDB-Inc", "quickstart_sparse-eu-west-2");
        Assert.Equal("quickstart_sparse-eu-west-2", (await bob.Arrays.GetInfoAsync(uri)).Name);
        Assert.Equal("quickstart_sparse-eu-west-2", (await bob.Arrays.GetInfoAsync(uri)).Name);
        var log = await emu.Admin.GetRequestsAsync(path: "*/quickstart_sparse-eu-west-2/metadata");
        Assert.Equal([307, 200, 200], log.Select(e => e.Status));
        Assert.Equal([null, "eu-west-2", "eu-west-2"], log.Select(e => e.Region));
        Assert.All(log, e => Assert.Equal("bob", e.User));
    }

    [Fact]
    public async Task Redirected_patch_keeps_its_body()
    {
        await using var emu = await Emulators.StartAsync(new EmulatorOptions { Regions = ["us-west-2"] });
        using var alice = ContractClient.Create(emu, "alice-token");
        using var bob = ContractClient.Create(emu, "bob-token");
        await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://b/far", Namespace = "alice" });
        await emu.Admin.SetAssetRegionAsync("array", "alice", "far", "us-west-2");
        await alice.Arrays.ShareAsync(new TileDbUri("alice", "far"), "bob", [ArrayAction.Read]);
        Assert.Equal("far", (await bob.Arrays.GetInfoAsync(new TileDbUri("alice", "far"))).Name);
    }
}
