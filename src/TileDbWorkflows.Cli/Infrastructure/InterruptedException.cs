namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>Ctrl+C stopped the command (exit code 130, as a shell reports a process ended by SIGINT).</summary>
internal sealed class InterruptedException(string message) : CliException(message)
{
    public override int ExitCode => ExitCodes.Interrupted;
}
