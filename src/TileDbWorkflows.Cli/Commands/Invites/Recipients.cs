using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>
/// Recipients from the command line and from <c>--file</c>: one per line, or CSV. A CSV with a header row
/// naming an <c>email</c>, <c>recipient</c> or <c>username</c> column reads that column; otherwise every cell
/// counts. Blank lines and <c>#</c> comments are skipped, duplicates dropped (case-insensitively).
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
        return unique.Length > 0 ? unique : throw new UsageException("no recipients: pass them as arguments or with --file");
    }

    public static IEnumerable<string> Parse(IEnumerable<string> lines)
    {
        int? column = null;
        var first = true;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim().Trim('"').Trim()).ToArray();
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
}
