using System.Globalization;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Tasks;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary>How tasks look in tables and detail views.</summary>
internal static class TaskView
{
    public static readonly string[] Headers = ["Id", "Type", "Status", "Namespace", "Name", "Started", "Duration"];

    public static string Status(ArrayTask t) => t.Status is { } s ? WireNames.ToWire(s) : "UNKNOWN";

    public static string?[] Row(ArrayTask t) =>
    [
        t.Id, t.Type is { } type ? WireNames.ToWire(type) : null, Status(t), t.Namespace, t.Name ?? t.SqlQuery,
        Output.Date(t.StartTime), Duration(t.Duration),
    ];

    /// <summary>
    /// The wire <c>duration</c> is in nanoseconds (the service's ArrayTask model); read as seconds, a 0.1 s task showed
    /// as hours, and the hour field wrapped at a day so a running task seemed to get shorter.
    /// </summary>
    public static string Duration(double? nanoseconds) =>
        nanoseconds is { } ns ? Elapsed(TimeSpan.FromTicks((long)(ns / 100))) : string.Empty;

    /// <summary>Seconds with one decimal under a minute (0.1 s, 8 s), then minutes and hours: how gh and az print run times.</summary>
    public static string Elapsed(TimeSpan t) => t switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(t.TotalSeconds, 1):0.#} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{t.Minutes} min {t.Seconds} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(long)t.TotalHours} h {t.Minutes} min"),
    };

    public static void Details(Output output, ArrayTask t) => output.KeyValues(
    [
        ("Id", t.Id),
        ("Name", t.Name),
        ("Type", t.Type is { } type ? WireNames.ToWire(type) : null),
        ("Status", Status(t)),
        ("Message", t.StatusMessage),
        ("Namespace", t.Namespace),
        ("User", t.Username),
        ("Array", t.ArrayMetadata?.TiledbUri),
        ("SQL", t.SqlQuery),
        ("UDF language", t.UdfLanguage),
        ("Started", Output.Date(t.StartTime)),
        ("Finished", Output.Date(t.FinishTime)),
        ("Duration", Duration(t.Duration)),
        ("Cost", Output.Number(t.Cost)),
        ("Region", t.CloudRegion),
    ]);

    /// <summary>True once the task cannot change any more.</summary>
    public static bool IsFinal(ArrayTaskStatus? status) =>
        status is ArrayTaskStatus.Completed or ArrayTaskStatus.Failed or ArrayTaskStatus.Cancelled or ArrayTaskStatus.Denied or ArrayTaskStatus.ResourcesUnavailable;
}
