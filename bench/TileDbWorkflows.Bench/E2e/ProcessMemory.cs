using System.Globalization;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>
/// Resident memory of this process from <c>/proc/self/status</c>. The peak (VmHWM) can be reset between runs by
/// writing 5 to <c>/proc/self/clear_refs</c>, so each run gets its own peak instead of the whole session's.
/// The figure is the whole process: harness, emulator and worker together (Azurite is a separate process).
/// </summary>
internal static class ProcessMemory
{
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Current resident set, MiB.</summary>
    public static double CurrentMiB() => Read("VmRSS:") ?? Environment.WorkingSet / 1048576.0;

    /// <summary>Peak resident set since the last <see cref="ResetPeak"/>, MiB.</summary>
    public static double PeakMiB()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return Read("VmHWM:") ?? process.PeakWorkingSet64 / 1048576.0;
    }

    private static double? Read(string key)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kb = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        return null;
    }
}
