namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// "Did you mean" for tokens the parser did not recognise: the closest subcommand or option of the command reached,
/// by edit distance, as dotnet and gh suggest.
/// </summary>
internal static class TypoHints
{
    public static IEnumerable<string> For(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var candidates = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var token in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal))
        {
            var best = candidates
                .Select(c => (Name: c, Distance: Distance(token, c)))
                .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => c.Name)
                .FirstOrDefault();
            if (best is not null)
            {
                yield return $"'{token}' is not a tdbw {(token.StartsWith('-') ? "option" : "command")} here. Did you mean '{best}'?";
            }
        }
    }

    /// <summary>Levenshtein distance, case-insensitive (a wrong case is a typo too).</summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
