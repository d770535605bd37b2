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

    /// <summary>The argument naming one thing by its id: a task, an invitation, a workflow instance.</summary>
    public static Argument<string> Id(string description, string name = "id") => new(name) { Description = description };

    public static Option<string?> Namespace(string description) => new("--namespace") { Description = description };

    /// <summary>A <c>--namespace</c> the command cannot do without (the one shared with, the owner of an import).</summary>
    public static Option<string> RequiredNamespace(string description) => new("--namespace") { Description = description, Required = true };

    public static Option<string?> Description() => new("--description") { Description = "Description" };

    public static Option<string?> Search() => new("--search") { Description = "Search keywords" };

    public static Option<string?> OrderBy(string description) => new("--order-by") { Description = description };

    /// <summary><c>--start</c>: an ISO date or a time ago (30d, 12h).</summary>
    public static Option<string?> Start(string description) => new("--start") { Description = description };

    public static Option<string?> End(string description) => new("--end") { Description = description };

    public static Option<string?> ParentGroup() => new("--parent") { Description = "Parent group URI to add it to" };

    /// <summary>How long a command that waits or watches goes on (90s, 10m, 2h).</summary>
    public static Option<string?> Timeout(string description) => new("--timeout") { Description = description };

    public static Option<bool> Watch(string description) => new("--watch") { Description = description };

    public static Option<bool> DryRun() => new("--dry-run") { Description = "Report what would change without changing anything" };

    public static Option<string?> IdempotencyKey(string description) => new("--idempotency-key") { Description = description };
}
