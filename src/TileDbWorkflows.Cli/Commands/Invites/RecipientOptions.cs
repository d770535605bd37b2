using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>Who every invite command invites: names on the command line, a <c>--file</c>, or both (see <see cref="Recipients"/>).</summary>
internal sealed class RecipientOptions
{
    public Argument<string[]> Names { get; } = new("recipients")
    {
        Description = "User names or email addresses (or use --file); a malformed one (bad@) stops the command before anything is sent",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> File { get; } = new("--file") { Description = "Recipients file: one per line, or CSV with an email/username column" };

    public IEnumerable<Symbol> Symbols => [Names, File];

    public IReadOnlyList<string> Collect(CliContext ctx) => Recipients.Collect(ctx.Get(Names), ctx.Get(File));
}
