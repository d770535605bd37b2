using Microsoft.Extensions.Time.Testing;

namespace TileDbWorkflows.Emulator.Tests.Support;

public static class Emulators
{
    public static Task<EmulatorServer> StartAsync(EmulatorOptions? options = null) => EmulatorServer.StartAsync(options);

    /// <summary>An emulator whose task clock only moves when the test says so.</summary>
    public static async Task<(EmulatorServer Server, FakeTimeProvider Time)> StartWithFakeTimeAsync(params string[] regions)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = time, Regions = [.. regions] });
        return (server, time);
    }
}
