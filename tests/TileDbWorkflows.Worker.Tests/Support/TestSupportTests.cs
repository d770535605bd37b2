using System.Diagnostics;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>The shared test support (TileDbWorkflows.Testing) is used by every test project; check it here.</summary>
public sealed class TestSupportTests
{
    [Fact]
    public async Task Eventually_fails_with_the_reason_and_last_error_at_the_deadline()
    {
        var stopwatch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TimeoutException>(() => Eventually.WaitUntilAsync(
            _ => throw new InvalidOperationException("not up yet"), TimeSpan.FromMilliseconds(300), "the server answers"));

        Assert.Contains("the server answers", error.Message, StringComparison.Ordinal);
        Assert.Contains("not up yet", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task Eventually_returns_as_soon_as_the_condition_holds()
    {
        var calls = 0;
        await Eventually.WaitUntilAsync(() => ++calls == 3, TimeSpan.FromSeconds(10));
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Free_ports_are_distinct_and_unused()
    {
        var ports = FreePort.Next(3);
        Assert.Equal(3, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 1, 65535));
    }

    [Fact]
    public async Task Azurite_listens_on_its_ports_and_is_gone_after_dispose()
    {
        var azurite = await AzuriteProcess.StartAsync();
        var pid = azurite.ProcessId;
        try
        {
            Assert.True(await FreePort.IsAcceptingAsync(azurite.QueuePort));
            Assert.Contains($"QueueEndpoint=http://127.0.0.1:{azurite.QueuePort}/devstoreaccount1", azurite.ConnectionString, StringComparison.Ordinal);
        }
        finally
        {
            await azurite.DisposeAsync();
        }

        Assert.False(IsRunning(pid), $"Azurite (pid {pid}) still runs after dispose.");
        Assert.False(await FreePort.IsAcceptingAsync(azurite.QueuePort));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
