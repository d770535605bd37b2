using System.Text;
using System.Text.RegularExpressions;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Cli.Tests.Emulator;

public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task Emulator_prints_its_address_and_credentials_serves_a_login_and_stops_on_cancel()
    {
        var buffer = new StringBuilder();
        using var stdout = TextWriter.Synchronized(new StringWriter(buffer));
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string Text()
        {
            lock (stdout)
            {
                return buffer.ToString();
            }
        }

        var run = CliApp.RunAsync(["emulator", "--port", "0"], stdout, stderr, new CliEnvironment(), stop.Token);
        await Eventually.WaitUntilAsync(() => Text().Contains("listening on", StringComparison.Ordinal) || run.IsCompleted, TimeSpan.FromSeconds(30), "the emulator banner");
        var address = Regex.Match(Text(), @"listening on (http://\S+)").Groups[1].Value;
        Assert.Contains("demo-token", Text(), StringComparison.Ordinal);

        using (var profile = new TempProfile())
        {
            var login = await profile.RunAsync("login", "--host", address, "--token", "carol-token");
            Assert.True(login.ExitCode == 0, login.ToString());
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Contains("Emulator stopped.", Text(), StringComparison.Ordinal);
    }
}
