using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Regions;

public sealed class RedirectTests
{
    [Fact]
    public async Task Regional_asset_on_the_main_address_redirects_307_to_its_region()
    {
        await using var emu = await Emulators.StartAsync(new EmulatorOptions { Regions = ["eu-west-2", "us-east-1"] });
        using var bob = emu.CreateClient("bob-token");
        var (status, _, response) = await bob.SendAsync(HttpMethod.Get, "/v1/arrays/TileDB-Inc/quickstart_sparse-eu-west-2/metadata?with_metadata=True");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, status);
        var location = response.Headers.Location!;
        Assert.Equal(emu.RegionAddresses["eu-west-2"].Port, location.Port);
        Assert.Equal("?with_metadata=True", location.Query);

        using var regional = emu.CreateClient("bob-token", "eu-west-2");
        var info = await regional.GetOkAsync(location.PathAndQuery);
        Assert.Equal("quickstart_sparse-eu-west-2", info.GetProperty("name").GetString());

        // Asked in the wrong region, it redirects too; non-regional assets answer anywhere.
        using var otherRegion = emu.CreateClient("bob-token", "us-east-1");
        await otherRegion.ExpectAsync(HttpMethod.Get, "/v1/arrays/TileDB-Inc/quickstart_sparse-eu-west-2/metadata", HttpStatusCode.TemporaryRedirect);
        await otherRegion.GetOkAsync("/v1/arrays/TileDB-Inc/quickstart_sparse/metadata");
    }

    [Fact]
    public async Task Following_redirects_keeps_method_and_body()
    {
        await using var emu = await Emulators.StartAsync(new EmulatorOptions { Regions = ["eu-west-1"] });
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "far");
        await emu.Admin.SetAssetRegionAsync("array", "alice", "far", "eu-west-1");

        using var handler = new HttpClientHandler { AllowAutoRedirect = true };
        using var following = new HttpClient(handler) { BaseAddress = emu.BaseAddress };
        following.DefaultRequestHeaders.Add("X-TILEDB-REST-API-KEY", "alice-token");
        await following.ExpectAsync(HttpMethod.Patch, "/v1/arrays/alice/far/share", HttpStatusCode.NoContent, new { @namespace = "bob", actions = new[] { "read" } });

        var log = await emu.Admin.GetRequestsAsync(method: "PATCH");
        Assert.Equal([307, 204], log.Select(e => e.Status));
        Assert.Null(log[0].Region);
        Assert.Equal("eu-west-1", log[1].Region);
        using var bob = emu.CreateClient("bob-token", "eu-west-1");
        await bob.GetOkAsync("/v1/arrays/alice/far/metadata");
    }

    [Fact]
    public async Task Regional_group_redirects_and_regions_are_listed()
    {
        await using var emu = await Emulators.StartAsync(new EmulatorOptions { Regions = ["ap-southeast-1"] });
        using var alice = emu.CreateClient("alice-token");
        await alice.ExpectAsync(HttpMethod.Put, "/v2/groups/alice", HttpStatusCode.Created, new { group_details = new { name = "rg", uri = "s3://b/rg", region = "ap-southeast-1" } });
        var (status, _, response) = await alice.SendAsync(HttpMethod.Get, "/v1/groups/alice/rg");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, status);
        Assert.Equal(emu.RegionAddresses["ap-southeast-1"].Port, response.Headers.Location!.Port);
        var regions = await emu.Admin.GetRegionsAsync();
        Assert.Equal(emu.BaseAddress.Port, regions.Main.Port);
        Assert.Equal(emu.RegionAddresses["ap-southeast-1"], regions.Regions["ap-southeast-1"]);
    }
}
