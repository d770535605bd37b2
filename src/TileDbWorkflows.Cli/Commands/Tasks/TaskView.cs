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

    public static string Duration(double? seconds) =>
        seconds is { } s ? TimeSpan.FromSeconds(s).ToString(s >= 3600 ? @"h\:mm\:ss" : @"m\:ss\.f", CultureInfo.InvariantCulture) : string.Empty;

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
