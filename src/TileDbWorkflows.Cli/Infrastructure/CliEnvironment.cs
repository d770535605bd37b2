using System.Collections;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// Everything tdbw reads from its process besides the arguments: environment variables, standard input,
/// the terminal (for the password prompt and live rendering) and the clock. Tests build one by hand so
/// nothing leaks in from the machine running them (a real TILEDB_REST_TOKEN, a real ~/.tiledb).
/// </summary>
public sealed record CliEnvironment
{
    /// <summary>Environment variables; a missing key reads as unset.</summary>
    public IReadOnlyDictionary<string, string?> Variables { get; init; } = new Dictionary<string, string?>();

    /// <summary>Standard input (for <c>--password-stdin</c> and <c>config set key</c>).</summary>
    public TextReader Stdin { get; init; } = TextReader.Null;

    /// <summary>
    /// Reads a secret without echo after showing the prompt; null when there is no terminal to ask, so
    /// the caller can say which flag to use instead.
    /// </summary>
    public Func<string, string?>? ReadSecret { get; init; }

    /// <summary>True when stdout is a real terminal: colours, live progress, width detection, Ctrl+C handling.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>
    /// True for the real process: Ctrl+C and SIGTERM cancel the running command. In-process callers (tests)
    /// leave it off and cancel through the token instead, so no process-wide handler is installed.
    /// </summary>
    public bool HandleSignals { get; init; }

    /// <summary>Width used when stdout is not a terminal (tests, pipes), so tables do not wrap mid-value.</summary>
    public int PlainWidth { get; init; } = 240;

    /// <summary>Clock for relative dates (<c>--start 90d</c>), timeouts and elapsed times.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Pause between polls of <c>tasks wait</c> and <c>workflows watch</c>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reads one variable; empty counts as unset.</summary>
    public string? Get(string name) => Variables.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>The real process: its environment, stdin and console.</summary>
    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }

        return new CliEnvironment
        {
            Variables = variables,
            Stdin = Console.In,
            IsTerminal = !Console.IsOutputRedirected,
            HandleSignals = true,
            ReadSecret = Console.IsInputRedirected ? null : ConsoleSecret.Read,
        };
    }
}
