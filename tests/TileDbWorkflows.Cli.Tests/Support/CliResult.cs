namespace TileDbWorkflows.Cli.Tests.Support;

/// <summary>What one in-process tdbw run produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
