using CsvHelper;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>
/// Recipients from the command line and from <c>--file</c>: one per line, or CSV. A CSV with a header row
/// naming an <c>email</c>, <c>recipient</c> or <c>username</c> column reads that column; otherwise every cell
/// counts; a quoted cell may hold commas. Blank lines and <c>#</c> comments are skipped, duplicates dropped
/// (case-insensitively). Each is then checked by the rules the worker applies (<see cref="FieldErrors.Recipient"/>),
/// so a malformed one (<c>bad@</c>, <c>a b</c>) is refused with its reason before anything is sent.
/// </summary>
internal static class Recipients
{
    private static readonly string[] HeaderNames = ["email", "recipient", "recipients", "username", "user", "invitee"];

    public static IReadOnlyList<string> Collect(IEnumerable<string>? arguments, string? file)
    {
        var all = new List<string>(Values.List(arguments));
        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"recipients file '{file}' does not exist");
            }

            all.AddRange(Parse(File.ReadAllLines(file)));
        }

        var unique = all.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (unique.Length == 0)
        {
            throw new UsageException("no recipients: pass them as arguments or with --file");
        }

        var errors = new FieldErrors();
        foreach (var recipient in unique)
        {
            errors.Recipient("recipients", recipient);
        }

        return errors.IsEmpty
            ? unique
            : throw new UsageException($"nothing sent; {Plural(errors.Errors.Count)} refused: {string.Join("; ", errors.Errors.Select(e => e.Message))}");
    }

    private static string Plural(int count) => count == 1 ? "1 recipient" : $"{count} recipients";

    public static IEnumerable<string> Parse(IEnumerable<string> lines)
    {
        int? column = null;
        var first = true;
        foreach (var cells in Rows(lines))
        {
            if (first)
            {
                first = false;
                var header = Array.FindIndex(cells, c => HeaderNames.Contains(c, StringComparer.OrdinalIgnoreCase));
                if (header >= 0)
                {
                    column = header;
                    continue;
                }
            }

            if (column is { } c)
            {
                if (c < cells.Length && cells[c].Length > 0)
                {
                    yield return cells[c];
                }
            }
            else
            {
                foreach (var cell in cells.Where(x => x.Length > 0))
                {
                    yield return cell;
                }
            }
        }
    }

    /// <summary>
    /// The cells of each row, trimmed. Spreadsheets quote a cell that holds a comma (<c>"Doe, Jane"</c>), so a CSV
    /// reader splits the rows rather than <c>string.Split</c>. Blank lines and comments are dropped first, as the
    /// trimmed lines they always were.
    /// </summary>
    private static IEnumerable<string[]> Rows(IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
        var options = new CsvReaderOptions
        {
            // Fixed: the reader would otherwise guess the separator from the first lines.
            Separator = ',',
            HasHeader = false,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            // One recipient a line: a stray quote in a hand-edited file cannot swallow the lines after it.
            AllowLineBreaksInQuotes = false,
        };
        using var reader = CsvReader.FromText(text, options);
        foreach (var row in reader)
        {
            yield return row.ToArray();
        }
    }
}
