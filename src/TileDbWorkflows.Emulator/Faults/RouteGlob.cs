using System.Text.RegularExpressions;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>Globs for fault routes and request-log filters, compiled once when the spec is set.</summary>
internal static class RouteGlob
{
    public static Regex Compile(string glob) =>
        new("^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
