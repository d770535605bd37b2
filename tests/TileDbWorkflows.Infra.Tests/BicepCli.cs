using System.Diagnostics;
using System.Reflection;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>
/// Runs the Bicep CLI that NuGet restored from Azure.Bicep.CommandLine.linux-x64. The project file passes
/// the package folder in as assembly metadata, so no global tool, az CLI or download is needed.
/// </summary>
public static class BicepCli
{
    /// <summary>Generous: a cold start of the 120 MB single-file binary takes a few seconds on 2 cores.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static string InfraDirectory { get; } = Path.Combine(TileDbWorkflows.Testing.RepoRoot.Path, "infra");

    public static string ExecutablePath { get; } = Locate();

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        RunAsync(InfraDirectory, DefaultTimeout, arguments);

    public static async Task<ProcessResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        // Build and lint work offline; tracing off keeps the CLI's own diagnostics out of stderr.
        startInfo.Environment["BICEP_TRACING_ENABLED"] = "false";

        var commandLine = "bicep " + string.Join(' ', arguments);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start " + ExecutablePath);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"{commandLine} did not finish within {timeout.TotalSeconds:F0} s and was killed.\n--- stdout ---\n{await stdout}\n--- stderr ---\n{await stderr}");
        }
        return new ProcessResult(commandLine, process.ExitCode, await stdout, await stderr, stopwatch.Elapsed);
    }

    private static string Locate()
    {
        var packageRoot = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackageRoot")?.Value;
        if (string.IsNullOrEmpty(packageRoot))
        {
            throw new InvalidOperationException(
                "BicepPackageRoot metadata is empty: restore did not resolve Azure.Bicep.CommandLine.linux-x64 (see the test project file).");
        }
        var path = Path.Combine(packageRoot, "tools", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI is not where the NuGet package should have put it.", path);
        }
        // NuGet does not always keep the executable bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }
        return path;
    }
}
