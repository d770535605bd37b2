namespace TileDbWorkflows.Infra.Tests;

/// <summary>What a finished child process left behind, kept whole so assertion messages can show it.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>The Bicep CLI exits 0 on warnings, so "clean" also means it printed no diagnostics.</summary>
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(StandardError);

    public override string ToString() =>
        $"$ {CommandLine}\nexit code {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
