using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Completion;

/// <summary><c>tdbw completion bash|zsh|fish|pwsh</c>: prints the script that wires the shell to tdbw's own suggestions.</summary>
internal static class CompletionCommand
{
    public static Command Create(CliHost host)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh, fish or pwsh" };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);
        return host.Command(
            "completion",
            "Print a shell completion script (commands, options and their values)\n\n"
            + "Examples:\n  source <(tdbw completion bash)        # add to ~/.bashrc\n  tdbw completion zsh > \"${fpath[1]}/_tdbw\"\n"
            + "  tdbw completion fish > ~/.config/fish/completions/tdbw.fish\n  tdbw completion pwsh | Out-String | Invoke-Expression   # add to $PROFILE",
            [shell],
            (ctx, _) =>
            {
                // Straight to the writer: the console layer would wrap long lines at the terminal's width.
                host.Stdout.WriteLine(CompletionScripts.For(ctx.Get(shell)!));
                return Task.FromResult(ExitCodes.Success);
            });
    }
}
