namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>A failure tdbw explains itself in one line (exit code 1), such as "not logged in".</summary>
internal class CliException(string message) : Exception(message)
{
    /// <summary>Process exit code for this failure.</summary>
    public virtual int ExitCode => ExitCodes.Failure;
}

/// <summary>The command line asked for something impossible (exit code 2), like a bad URI or an unknown permission.</summary>
internal sealed class UsageException(string message) : CliException(message)
{
    public override int ExitCode => ExitCodes.Usage;
}
