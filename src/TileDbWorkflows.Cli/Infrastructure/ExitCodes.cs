namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>The exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The operation failed, or partly failed (some invitations, some workflow items).</summary>
    public const int Failure = 1;

    /// <summary>Bad usage: unknown command or option, missing argument, malformed value.</summary>
    public const int Usage = 2;

    /// <summary>Ctrl+C (128 + SIGINT, what a shell reports for an interrupted process).</summary>
    public const int Interrupted = 130;
}
