using TileDbWorkflows.Cli.Commands.Arrays;
using TileDbWorkflows.Cli.Commands.Auth;
using TileDbWorkflows.Cli.Commands.Completion;
using TileDbWorkflows.Cli.Commands.Emulator;
using TileDbWorkflows.Cli.Commands.Files;
using TileDbWorkflows.Cli.Commands.Groups;
using TileDbWorkflows.Cli.Commands.Invites;
using TileDbWorkflows.Cli.Commands.Plans;
using TileDbWorkflows.Cli.Commands.Sharing;
using TileDbWorkflows.Cli.Commands.Tasks;
using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli;

/// <summary>
/// The whole CLI as a function of its inputs, so tests run it in-process: arguments, two writers and an
/// environment in, an exit code out.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        var host = new CliHost(stdout, stderr, environment);
        var root = BuildRoot(host);
        var parse = root.Parse(args);
        // The [suggest:N] directive (shell completion) answers even for a half-typed line, which has parse errors.
        var completing = args.Length > 0 && args[0].StartsWith("[suggest", StringComparison.Ordinal);
        if (parse.Errors.Count > 0 && !completing)
        {
            // System.CommandLine would exit 1 after printing help; bad usage is exit code 2 for tdbw.
            var output = new Output(host.Out, host.Err);
            foreach (var error in parse.Errors)
            {
                output.Error("error: " + error.Message);
            }

            foreach (var hint in TypoHints.For(parse))
            {
                output.Detail(hint);
            }

            output.Detail($"Run '{string.Join(' ', CommandPath(parse.CommandResult.Command, root))} --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            // Only the real process hooks Ctrl+C; in-process callers cancel through the token.
            ProcessTerminationTimeout = environment.HandleSignals ? TimeSpan.FromSeconds(2) : null,
        };
        var code = await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        // Not the caller's token: after Ctrl+C it is cancelled, and the last lines must still come out.
        await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        return code;
    }

    internal static RootCommand BuildRoot(CliHost host)
    {
        var root = new RootCommand("tdbw: TileDB Cloud utilities and TileDbWorkflows workflows from the terminal.");
        host.Globals.AddTo(root);
        root.Subcommands.Add(LoginCommand.Create(host));
        root.Subcommands.Add(LogoutCommand.Create(host));
        root.Subcommands.Add(WhoamiCommand.Create(host));
        root.Subcommands.Add(ConfigCommand.Create(host));
        root.Subcommands.Add(RetryModeCommand.Create(host));
        root.Subcommands.Add(ArraysCommand.Create(host));
        root.Subcommands.Add(GroupsCommand.Create(host));
        root.Subcommands.Add(TasksCommand.Create(host));
        root.Subcommands.Add(InvitesCommand.Create(host));
        root.Subcommands.Add(FilesCommand.Create(host));
        root.Subcommands.Add(ShareCommand.Create(host));
        root.Subcommands.Add(OnboardCommand.Create(host));
        root.Subcommands.Add(SweepCommand.Create(host));
        root.Subcommands.Add(PlanCommand.Create(host));
        root.Subcommands.Add(ApplyCommand.Create(host));
        root.Subcommands.Add(ApprovalCommand.Create(host, "approve"));
        root.Subcommands.Add(ApprovalCommand.Create(host, "reject"));
        root.Subcommands.Add(WorkflowsCommand.Create(host));
        root.Subcommands.Add(EmulatorCommand.Create(host));
        root.Subcommands.Add(CompletionCommand.Create(host));
        return root;
    }

    private static Stack<string> CommandPath(Command command, RootCommand root)
    {
        var names = new Stack<string>();
        for (Command? c = command; c is not null && c != root; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Push(c.Name);
        }

        names.Push("tdbw");
        return names;
    }
}
