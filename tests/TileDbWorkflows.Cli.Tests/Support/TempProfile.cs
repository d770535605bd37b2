using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Tests.Support;

/// <summary>
/// A throwaway profile directory (instead of ~/.tiledb) and a runner that always points tdbw at it, with an
/// environment that holds nothing from the machine running the tests.
/// </summary>
public sealed class TempProfile : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tdbw-test-");

    public string Dir => _dir.FullName;

    public string CloudJson => Path.Combine(Dir, "cloud.json");

    public string SettingsJson => Path.Combine(Dir, "tdbw.json");

    public Dictionary<string, string?> Variables { get; } = new();

    /// <summary>Pretend stdout is a terminal, so the live renderers (Spectre Progress and Status) run.</summary>
    public bool Terminal { get; set; }

    public Task<CliResult> RunAsync(params string[] args) => RunWithAsync(null, null, args);

    public Task<CliResult> RunWithAsync(string? stdin, Func<string, string?>? secret, params string[] args) => RunUntilAsync(stdin, secret, args, CancellationToken.None);

    /// <summary>Runs until the command ends or <paramref name="interrupt"/> fires (what Ctrl+C does to the real process).</summary>
    public async Task<CliResult> RunUntilAsync(string? stdin, Func<string, string?>? secret, string[] args, CancellationToken interrupt)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = new CliEnvironment
        {
            Variables = Variables,
            Stdin = new StringReader(stdin ?? string.Empty),
            ReadSecret = secret,
            PollInterval = TimeSpan.FromMilliseconds(20),
            IsTerminal = Terminal,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var code = await CliApp.RunAsync([.. args, "--profile-dir", Dir], stdout, stderr, env, timeout.Token);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp directory that cannot be removed now is the OS's to clean; it must not fail a test.
        }
    }
}
