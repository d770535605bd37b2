using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// Human output. Every value goes through <see cref="Text"/>, never markup, so a name containing
/// <c>[brackets]</c> prints as itself instead of being parsed as a style.
/// </summary>
internal sealed class Output(IAnsiConsole stdout, IAnsiConsole stderr)
{
    public void Line(string text) => stdout.WriteLine(text);

    public void Success(string text) => stdout.Write(new Text(text + Environment.NewLine, new Style(Color.Green)));

    public void Warning(string text) => stderr.Write(new Text(text + Environment.NewLine, new Style(Color.Yellow)));

    public void Error(string text) => stderr.Write(new Text(text + Environment.NewLine, new Style(Color.Red)));

    public void Detail(string text) => stderr.Write(new Text(text + Environment.NewLine, new Style(decoration: Decoration.Dim)));

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell ?? string.Empty)).ToArray());
        }

        stdout.Write(table);
    }

    public void KeyValues(IEnumerable<(string Key, string? Value)> pairs)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (key, value) in pairs)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(new Text(key, new Style(decoration: Decoration.Bold)), new Text(value));
            }
        }

        stdout.Write(grid);
    }

    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    public static string Bytes(double? value)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var unit = 0;
        while (v >= 1024 && unit < units.Length - 1)
        {
            v /= 1024;
            unit++;
        }

        return v.ToString(unit == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    public static string Join<T>(IEnumerable<T>? values, Func<T, string>? format = null) =>
        values is null ? string.Empty : string.Join(", ", values.Select(v => format is null ? v?.ToString() ?? string.Empty : format(v)));
}
