using System.Diagnostics;
using System.Globalization;
using System.Text;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>
/// The built worker (<c>TileDbWorkflows.Worker.dll</c> from the Worker project's own output) as a real separate
/// process, configured through environment variables as a container would be, on a free HTTP port. Its output is kept
/// for assertions and failure messages. <see cref="Kill"/> is SIGKILL of the whole tree (a crash, nothing flushed);
/// dispose kills whatever is left, so no worker outlives a test.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    public const string ApiKey = "e2e-test-key-0123456789abcdef"; // Test-only value, not a credential of anything.

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private WorkerProcess(string name, Process process, int port)
    {
        Name = name;
        this.process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
    }

    public string Name { get; }

    public int Port { get; }

    public int ProcessId => process.Id;

    /// <summary>A client of the worker's API with the key already set.</summary>
    public HttpClient Http { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Everything the worker wrote to stdout and stderr so far, one log entry per line.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Output lines containing <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Lines(string text) =>
        Output.Split('\n').Where(line => line.Contains(text, StringComparison.Ordinal)).ToArray();

    /// <summary>Path of the worker as built with the tests (the Worker project's output, same configuration).</summary>
    public static string DllPath
    {
        get
        {
            // tests/<project>/bin/<Configuration>/<tfm>/ -> src/TileDbWorkflows.Worker/bin/<Configuration>/<tfm>/
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var tfm = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var path = Path.Combine(RepoRoot.Path, "src", "TileDbWorkflows.Worker", "bin", configuration, tfm, "TileDbWorkflows.Worker.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"The worker is not built at {path}; build the solution first.", path);
        }
    }

    /// <summary>Starts the worker with <paramref name="settings"/> (configuration keys, ':' separated) and waits until it is healthy.</summary>
    public static async Task<WorkerProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort.Next();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        startInfo.ArgumentList.Add(DllPath);
        var environment = new Dictionary<string, string?>
        {
            ["Worker:HttpPort"] = port.ToString(CultureInfo.InvariantCulture),
            ["Worker:ApiKey"] = ApiKey,
            // One line per entry, so tests can find and count entries.
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }
        foreach (var (key, value) in environment)
        {
            // Environment variables use "__" for the ':' of configuration keys.
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var worker = new WorkerProcess(name, process, port);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await worker.WaitHealthyAsync().ConfigureAwait(false);
        }
        catch
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return worker;
    }

    /// <summary>SIGKILL of the worker and anything it started: a crash, with no graceful shutdown.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>A failure message with this worker's output attached.</summary>
    public string Describe(string message) => $"{message}\n--- {Name} (pid {ProcessId}) output ---\n{Output}";

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Kill();
        await Task.CompletedTask.ConfigureAwait(false);
        process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Http.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(Describe($"Worker {Name} exited with code {process.ExitCode} during start-up."));
            }
            try
            {
                using var response = await probe.GetAsync(new Uri("/healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while starting.
            }
            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException(Describe($"Worker {Name} was not healthy within {StartTimeout.TotalSeconds} s."));
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
