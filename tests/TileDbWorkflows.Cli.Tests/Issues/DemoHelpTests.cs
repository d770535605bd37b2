using System.Diagnostics;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>Issue 15: <c>scripts/demo.sh --help</c> printed a stray <c>set -euo pipefail</c> after its usage text.</summary>
public sealed class DemoHelpTests
{
    [Fact]
    public async Task Help_prints_the_usage_and_nothing_else()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "TileDbWorkflows.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        using var bash = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "demo.sh"), "--help"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = await bash.StandardOutput.ReadToEndAsync();
        var stderr = await bash.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bash.WaitForExitAsync(deadline.Token);

        Assert.True(bash.ExitCode == 0, stderr);
        Assert.Contains("--in-memory", stdout, StringComparison.Ordinal);
        Assert.Contains("--keep-logs", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("set -e", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("#", stdout, StringComparison.Ordinal);
    }
}
