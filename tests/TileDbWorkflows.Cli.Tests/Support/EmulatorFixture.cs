using TileDbWorkflows.Cloud;
using TileDbWorkflows.Emulator;

namespace TileDbWorkflows.Cli.Tests.Support;

/// <summary>One emulator per test class on a free loopback port; tests use unique names so they never collide.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    public string Host => Server.BaseAddress.ToString().TrimEnd('/');

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync(new EmulatorOptions());

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A profile already logged in as <paramref name="token"/>'s user (cloud.json written by tdbw itself).</summary>
    public async Task<TempProfile> LoggedInAsync(string token = "demo-token")
    {
        var profile = new TempProfile();
        var login = await profile.RunAsync("login", "--host", Host, "--token", token);
        Assert.True(login.ExitCode == 0, login.ToString());
        return profile;
    }

    /// <summary>A client talking to the emulator directly, for setting up state the CLI has no command for.</summary>
    public TileDbCloudClient Client(string token = "demo-token") =>
        TileDbCloudClient.Create(new TileDbCloudOptions { ServerAddress = Host, ApiToken = token, UseConfigFile = false, SaveSessionOnLogin = false });

    public static string Unique(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
