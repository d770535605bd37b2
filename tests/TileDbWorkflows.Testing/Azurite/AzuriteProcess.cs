using System.Diagnostics;
using System.Text;

namespace TileDbWorkflows.Testing.Azurite;

/// <summary>
/// Azurite started from the repository's node_modules (pinned in package.json, nothing global) with in-memory
/// storage on free loopback ports. Dispose kills the whole process tree, so no emulator outlives the tests.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>
    /// The Azure Storage emulator's well-known development account. Its key is public and documented by
    /// Microsoft (https://learn.microsoft.com/azure/storage/common/storage-use-azurite); it is not a secret.
    /// </summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The documented development key of <see cref="AccountName"/> (public, not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private const int StartAttempts = 3;

    private readonly Process process;
    private readonly StringBuilder output;
    private readonly string workDirectory;

    private AzuriteProcess(Process process, StringBuilder output, string workDirectory, int blobPort, int queuePort, int tablePort, string scheme)
    {
        Scheme = scheme;
        this.process = process;
        this.output = output;
        this.workDirectory = workDirectory;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary><c>http</c>, or <c>https</c> when started with a certificate (<see cref="AzuriteOAuth"/>).</summary>
    public string Scheme { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public int ProcessId => process.Id;

    public Uri BlobEndpoint => new($"{Scheme}://127.0.0.1:{BlobPort}/{AccountName}");

    public Uri QueueEndpoint => new($"{Scheme}://127.0.0.1:{QueuePort}/{AccountName}");

    public Uri TableEndpoint => new($"{Scheme}://127.0.0.1:{TablePort}/{AccountName}");

    /// <summary>
    /// Explicit endpoints instead of <c>UseDevelopmentStorage=true</c>, which would point at the fixed default
    /// ports 10000-10002 rather than this instance's free ones.
    /// </summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol={Scheme};AccountName={AccountName};AccountKey={AccountKey};"
        + $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>Output Azurite wrote so far (mostly empty with --silent; useful in failure messages).</summary>
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

    /// <summary>Starts Azurite, installing it with <c>npm ci</c> first when node_modules lacks it.</summary>
    public static Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync([], "http", cancellationToken);

    /// <summary>Starts Azurite with <paramref name="extraArguments"/> (e.g. <c>--oauth basic --cert ... --key ...</c>).</summary>
    internal static async Task<AzuriteProcess> StartAsync(IReadOnlyList<string> extraArguments, string scheme, CancellationToken cancellationToken)
    {
        var executable = await EnsureInstalledAsync(cancellationToken).ConfigureAwait(false);
        Exception? lastError = null;

        // Free ports are released before Azurite binds them, so another process can win the race: retry with new ones.
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var ports = FreePort.Next(3);
            var azurite = Launch(executable, ports[0], ports[1], ports[2], extraArguments, scheme);
            try
            {
                await azurite.WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
                return azurite;
            }
            catch (InvalidOperationException ex)
            {
                lastError = ex;
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        throw new InvalidOperationException($"Azurite did not start after {StartAttempts} attempts.", lastError);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // node may have spawned children; take the whole tree down.
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            // Kill was sent; do not hang the test run on a process that is slow to reap.
        }
        finally
        {
            process.Dispose();
            TryDeleteDirectory(workDirectory);
        }
    }

    private static AzuriteProcess Launch(string executable, int blobPort, int queuePort, int tablePort, IReadOnlyList<string> extraArguments, string scheme)
    {
        // Azurite defaults its workspace to the working directory (and refuses --location with in-memory
        // persistence): start it in a temp folder so nothing lands in the repository.
        var workDirectory = Directory.CreateTempSubdirectory("azurite-").FullName;
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--silent", "--disableTelemetry",
            // The Azure SDKs send newer API versions than a pinned Azurite knows; they work regardless.
            "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Concat(extraArguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = startInfo };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        // Drain both pipes, or a chatty child blocks on a full pipe buffer.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AzuriteProcess(process, output, workDirectory, blobPort, queuePort, tablePort, scheme);
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.ExitCode} before listening. Output: {Output}");
            }
            if (await FreePort.IsAcceptingAsync(BlobPort, cancellationToken).ConfigureAwait(false)
                && await FreePort.IsAcceptingAsync(QueuePort, cancellationToken).ConfigureAwait(false)
                && await FreePort.IsAcceptingAsync(TablePort, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            if (deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException(
                    $"Azurite did not accept connections on ports {BlobPort}/{QueuePort}/{TablePort} within {StartTimeout.TotalSeconds} s. Output: {Output}");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var executable = Path.Combine(RepoRoot.Path, "node_modules", ".bin", "azurite");
        if (File.Exists(executable))
        {
            return executable;
        }

        // Several fixtures in one test process may ask at once; one install is enough. (Separate test processes
        // could still race; npm ci into the same folder then fails loudly rather than silently.)
        await InstallGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(executable))
            {
                await RunNpmCiAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            InstallGate.Release();
        }

        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException($"npm ci finished but {executable} is missing.");
    }

    private static async Task RunNpmCiAsync(CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("npm")
        {
            WorkingDirectory = RepoRoot.Path,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start npm.");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NpmTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci failed with exit code {npm.ExitCode}: {await stderr.ConfigureAwait(false)} {await stdout.ConfigureAwait(false)}");
        }
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
