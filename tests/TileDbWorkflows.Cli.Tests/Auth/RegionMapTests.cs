using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Emulator;

namespace TileDbWorkflows.Cli.Tests.Auth;

/// <summary>
/// Issue 15: <c>--region NAME</c> resolves through a configurable map (tdbw.json's <c>regions</c>, <c>TDBW_REGIONS</c>),
/// so the emulator's regional ports answer to the same names as the real regions.
/// </summary>
public sealed class RegionMapTests : IAsyncLifetime
{
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Regions = ["eu-west-2", "moon-1"] });

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    private string Main => emulator.BaseAddress.ToString().TrimEnd('/');

    private string Regional(string name) => emulator.RegionAddresses[name].ToString().TrimEnd('/');

    [Fact]
    public async Task A_region_set_in_tdbw_json_sends_requests_to_that_regions_address()
    {
        using var profile = new TempProfile();
        Assert.Equal(0, (await profile.RunAsync("login", "--host", Main, "--token", "demo-token")).ExitCode);

        var set = await profile.RunAsync("config", "set", "region.eu-west-2", Regional("eu-west-2"));
        await emulator.Admin.ClearRequestsAsync();
        var whoami = await profile.RunAsync("whoami", "--region", "eu-west-2");
        var config = await profile.RunAsync("config");

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.True(whoami.ExitCode == 0, whoami.ToString());
        Assert.Contains("demo", whoami.Stdout, StringComparison.Ordinal);
        var served = await emulator.Admin.GetRequestsAsync();
        Assert.NotEmpty(served);
        Assert.All(served, r => Assert.Equal("eu-west-2", r.Region));
        Assert.Contains($"# tdbw.region.eu-west-2 {Regional("eu-west-2")} (from tdbw.json)", config.Stdout, StringComparison.Ordinal);

        // Cleared, the name is the real eu-west-2 again (built in); nothing is sent there in this test.
        Assert.Equal(0, (await profile.RunAsync("config", "set", "region.eu-west-2", "")).ExitCode);
        Assert.DoesNotContain("tdbw.region.eu-west-2", (await profile.RunAsync("config")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TDBW_REGIONS_adds_regions_tdbw_does_not_know_and_an_unknown_name_says_how_to_add_it()
    {
        using var profile = new TempProfile();
        Assert.Equal(0, (await profile.RunAsync("login", "--host", Main, "--token", "demo-token")).ExitCode);
        profile.Variables["TDBW_REGIONS"] = $"moon-1={Regional("moon-1")}";
        await emulator.Admin.ClearRequestsAsync();

        var whoami = await profile.RunAsync("whoami", "--region", "moon-1");
        var unknown = await profile.RunAsync("whoami", "--region", "mars-9");

        Assert.True(whoami.ExitCode == 0, whoami.ToString());
        Assert.All(await emulator.Admin.GetRequestsAsync(), r => Assert.Equal("moon-1", r.Region));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown region 'mars-9'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Contains("moon-1", unknown.Stderr, StringComparison.Ordinal);
        Assert.Contains("TDBW_REGIONS", unknown.Stderr, StringComparison.Ordinal);
    }
}
