using System.CommandLine;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>Factories for options several commands share, so their names and help read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string[]> List(string name, string description) => new(name)
    {
        Description = description + " (repeat or comma-separate)",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<int?> Page() => new("--page") { Description = "Page number (1-based)" };

    public static Option<int?> PerPage() => new("--per-page") { Description = "Items per page" };

    public static Option<bool> All() => new("--all") { Description = "Fetch every page" };

    public static Argument<string> Uri(string description = "tiledb://namespace/name") => new("uri") { Description = description };
}
