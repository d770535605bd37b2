using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Spectre.Console;
using TileDbWorkflows.Cli.WorkflowApi;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// What every command action shares: the writers, the consoles, the environment and the global options,
/// plus the one place exceptions become a red line and an exit code.
/// </summary>
internal sealed class CliHost
{
    public CliHost(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        Stdout = stdout;
        Stderr = stderr;
        Environment = environment;
        Out = CreateConsole(stdout, environment);
        Err = CreateConsole(stderr, environment);
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public CliEnvironment Environment { get; }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Err { get; }

    public GlobalOptions Globals { get; } = new();

    /// <summary>Attaches <paramref name="body"/> as the command's action, wrapped in the error handling.</summary>
    public void SetAction(Command command, Func<CliContext, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            using var context = new CliContext(this, parse);
            return await RunAsync(context, body, ct).ConfigureAwait(false);
        });

    /// <summary>A command with its arguments and options whose action is <paramref name="body"/>, wrapped in the error handling.</summary>
    public Command Command(string name, string description, IEnumerable<Symbol> symbols, Func<CliContext, CancellationToken, Task<int>> body)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                default:
                    throw new ArgumentException($"a command takes arguments and options, not {symbol.GetType().Name}", nameof(symbols));
            }
        }

        SetAction(command, body);
        return command;
    }

    public async Task<int> RunAsync(CliContext context, Func<CliContext, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        var output = new Output(Out, Err);
        try
        {
            return await body(context, ct).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            return Fail(context, output, ex.ExitCode, new CliError(null, null, ex.Message, null), ex.Message);
        }
        catch (FormatException ex)
        {
            // TileDbUri.Parse and date parsing: the value the user typed is wrong.
            return Fail(context, output, ExitCodes.Usage, new CliError(null, null, ex.Message, null), ex.Message);
        }
        catch (TileDbCloudException ex)
        {
            var error = new CliError((int?)ex.StatusCode, ex.ErrorCode, ex.ServerMessage ?? ex.Message, NullIfEmpty(ex.RequestId));
            return Fail(context, output, ExitCodes.Failure, error, Describe(ex), ex);
        }
        catch (WorkflowApiException ex)
        {
            var fields = ex.Problem?.Errors ?? new Dictionary<string, string[]>();
            var error = new CliError((int)ex.StatusCode, null, ex.Problem?.Detail ?? ex.Problem?.Title ?? ex.Message, null, fields.Count > 0 ? fields : null);
            var lines = fields.SelectMany(f => f.Value.Select(m => $"  {f.Key}: {m}"));
            return Fail(context, output, ExitCodes.Failure, error, ex.Summary, ex, lines);
        }
        catch (HttpRequestException ex)
        {
            var message = "cannot reach the server: " + ex.Message;
            return Fail(context, output, ExitCodes.Failure, new CliError((int?)ex.StatusCode, null, message, null), message, ex);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            output.Error("cancelled");
            return ExitCodes.Interrupted;
        }
        catch (NotSupportedException ex)
        {
            return Fail(context, output, ExitCodes.Failure, new CliError(null, null, ex.Message, null), ex.Message);
        }
#pragma warning disable CA1031 // The last line of defence: an unexpected error still becomes one line and exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var message = $"{ex.GetType().Name}: {ex.Message}";
            var code = Fail(context, output, ExitCodes.Failure, new CliError(null, null, message, null), message, ex);
            if (!context.Verbose && !context.Json)
            {
                output.Detail("(run with --verbose for details)");
            }

            return code;
        }
    }

    /// <summary>
    /// The one way an error leaves: with <c>--json</c> one JSON object on stderr (scripts parse it), otherwise the red
    /// <c>error:</c> line and its detail lines; <c>--verbose</c> adds the exception either way.
    /// </summary>
    private int Fail(CliContext context, Output output, int exitCode, CliError error, string line, Exception? exception = null, IEnumerable<string>? details = null)
    {
        if (context.Json)
        {
            Stderr.WriteLine(System.Text.Json.JsonSerializer.Serialize(error, CliJson.Errors));
        }
        else
        {
            output.Error("error: " + line);
            foreach (var detail in details ?? [])
            {
                output.Error(detail);
            }
        }

        if (exception is not null)
        {
            Verbose(context, output, exception);
        }

        return exitCode;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Status, TileDB code, message and request id, in one line; never the response's credentials (it has none).</summary>
    public static string Describe(TileDbCloudException ex)
    {
        if (ex.StatusCode is not { } status)
        {
            return ex.Message;
        }

        var line = new StringBuilder().Append(Status(status));
        if (ex.ErrorCode is { } code)
        {
            line.Append(" · TileDB code ").Append(code);
        }

        line.Append(" · ").Append(ex.ServerMessage ?? ex.Message);
        if (!string.IsNullOrEmpty(ex.RequestId))
        {
            line.Append(" · request id ").Append(ex.RequestId);
        }

        return line.ToString();
    }

    public static string Status(HttpStatusCode status) => $"{(int)status} {ReasonPhrases.GetReasonPhrase((int)status)}".TrimEnd();

    private static void Verbose(CliContext context, Output output, Exception ex)
    {
        if (context.Verbose)
        {
            output.Detail(ex.ToString());
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, CliEnvironment environment)
    {
        if (environment.IsTerminal)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }

        // Pipes and tests: no escape codes, no live redraws, a fixed wide width so tables stay on one line.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = environment.PlainWidth;
        return console;
    }
}
