using System.Diagnostics;
using System.Globalization;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>POSIX signals to worker processes: SIGTERM is what Container Apps and Kubernetes send to stop one.</summary>
internal static class Signals
{
    public static void Terminate(int processId)
    {
        using var kill = Process.Start("kill", ["-TERM", processId.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit(10_000);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {processId} exited with {kill.ExitCode}.");
        }
    }
}
