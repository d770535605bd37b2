using System.Globalization;
using System.Text.RegularExpressions;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>Parsing of option values the way the Python client's parameters read.</summary>
internal static partial class Values
{
    /// <summary>List options take repeats and commas alike: <c>--tag a --tag b</c> or <c>--tag a,b</c>.</summary>
    public static IReadOnlyList<string> List(IEnumerable<string>? raw) =>
        raw is null ? [] : raw.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    /// <summary>
    /// Options repeated in pairs (<c>--input-uri A --name a --input-uri B --name b</c>), zipped; unequal counts are a usage error.
    /// </summary>
    public static IReadOnlyList<(string Left, string Right)> Pairs(string[]? left, string leftName, string[]? right, string rightName)
    {
        left ??= [];
        right ??= [];
        return left.Length == right.Length
            ? left.Zip(right).ToArray()
            : throw new UsageException($"{left.Length} {leftName} but {right.Length} {rightName}: give one {rightName} per {leftName}");
    }

    /// <summary>Null when the list is empty, so the client leaves the filter out of the query.</summary>
    public static IReadOnlyList<string>? ListOrNull(IEnumerable<string>? raw) => List(raw) is { Count: > 0 } list ? list : null;

    /// <summary>Parses wire names case-insensitively (<c>READ</c>, <c>read</c>, <c>read-array-logs</c>); unknown names are usage errors.</summary>
    public static IReadOnlyList<TEnum> Enums<TEnum>(IEnumerable<string>? raw, string what)
        where TEnum : struct, Enum
        => List(raw).Select(v => Enum<TEnum>(v, what)).ToArray();

    public static TEnum Enum<TEnum>(string value, string what)
        where TEnum : struct, Enum
    {
        var wire = value.Trim().Replace('-', '_');
        var parsed = WireNames.Parse<TEnum>(wire);
        if (!EqualityComparer<TEnum>.Default.Equals(parsed, default))
        {
            return parsed;
        }

        // Accept the .NET member name too (ReadWrite), and the upper-case spelling the Python docs use (READ_WRITE).
        if (System.Enum.TryParse<TEnum>(wire.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out parsed)
            && !EqualityComparer<TEnum>.Default.Equals(parsed, default))
        {
            return parsed;
        }

        var known = System.Enum.GetValues<TEnum>().Where(v => !EqualityComparer<TEnum>.Default.Equals(v, default)).Select(WireNames.ToWire);
        throw new UsageException($"unknown {what} '{value}'; use one of {string.Join(", ", known)}");
    }

    public static TileDbUri Uri(string value) => TileDbUri.Parse(value);

    /// <summary>An ISO date or time, or a time relative to now such as <c>90d</c>, <c>12h</c>, <c>30m</c>, <c>2w</c>.</summary>
    public static DateTimeOffset? Date(string? value, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = Relative().Match(value.Trim());
        if (match.Success)
        {
            var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var span = match.Groups[2].Value.ToLowerInvariant() switch
            {
                "w" => TimeSpan.FromDays(7 * amount),
                "d" => TimeSpan.FromDays(amount),
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
            return time.GetUtcNow() - span;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return date;
        }

        throw new UsageException($"'{value}' is neither an ISO date (2024-05-01, 2024-05-01T12:00:00Z) nor a relative time (90d, 12h, 30m, 2w)");
    }

    /// <summary>A duration such as <c>90s</c>, <c>10m</c>, <c>2h</c> or <c>00:10:00</c>.</summary>
    public static TimeSpan? Duration(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = Relative().Match(value.Trim());
        if (match.Success)
        {
            var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value.ToLowerInvariant() switch
            {
                "w" => TimeSpan.FromDays(7 * amount),
                "d" => TimeSpan.FromDays(amount),
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new UsageException($"'{value}' is not a duration (90s, 10m, 2h or hh:mm:ss)");
    }

    [GeneratedRegex(@"^(\d+)\s*([wdhms])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
