using System.Text.Json;
using Spectre.Console;
using TileDbWorkflows.Cli.WorkflowApi;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// One command invocation: its parse result, the consoles, the environment and the profile files, the TileDB Cloud
/// client it opens (at most one, disposed with the invocation) and the ways every command answers.
/// </summary>
internal sealed class CliContext(CliHost host, ParseResult parse) : IDisposable
{
    private TileDbCloudClient? cloud;

    public ParseResult Parse { get; } = parse;

    public CliEnvironment Env => host.Environment;

    /// <summary>Human output (tables, progress) on stdout.</summary>
    public IAnsiConsole Out => host.Out;

    public Output Output { get; } = new(host.Out, host.Err);

    public bool Json => Parse.GetValue(host.Globals.Json);

    public bool Verbose => Parse.GetValue(host.Globals.Verbose);

    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>A <c>tiledb://</c> argument, parsed (a malformed one is a usage error).</summary>
    public TileDbUri GetUri(Argument<string> argument) => Values.Uri(Parse.GetValue(argument)!);

    /// <summary>
    /// The client on the current session, opened on first use, so a command checks what the user typed before it
    /// fails with "log in first"; disposed with the invocation.
    /// </summary>
    public TileDbCloudClient Cloud => cloud ??= CreateCloudClient();

    /// <summary>The profile directory: <c>--profile-dir</c>, else <c>$HOME/.tiledb</c> like the Python client.</summary>
    public string ProfileDir => Parse.GetValue(host.Globals.ProfileDir) is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(Env.Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".tiledb");

    public string CloudConfigPath => Path.Combine(ProfileDir, "cloud.json");

    public CloudConfigFile CloudConfig => new(CloudConfigPath, Env.Get);

    public TdbwSettingsFile Settings => new(Path.Combine(ProfileDir, TdbwSettingsFile.FileName));

    /// <summary>Region names to addresses: <c>TDBW_REGIONS</c>, tdbw.json's <c>regions</c>, then the built-in ones.</summary>
    public Regions RegionMap => Regions.From(Env, Settings.Load());

    /// <summary>Server address from <c>--region</c> or <c>--host</c> (a region name is accepted there too), or null.</summary>
    public string? HostOverride
    {
        get
        {
            if (Parse.GetValue(host.Globals.Region) is { Length: > 0 } region)
            {
                return RegionMap.Resolve(region)
                    ?? throw new UsageException($"unknown region '{region}'; known: {string.Join(", ", RegionMap.Names)} (add one to tdbw.json's regions, `tdbw config set region.NAME URL`, or {Regions.Variable})");
            }

            return Parse.GetValue(host.Globals.Host) is { Length: > 0 } h ? RegionMap.Resolve(h) ?? TileDbRegions.NormalizeHost(h) : null;
        }
    }

    /// <summary>Retry mode persisted by <c>tdbw retry-mode</c>.</summary>
    public RetryMode RetryMode => Settings.Load().RetryMode is { } mode ? RetryModes.Parse(mode) : RetryMode.Default;

    /// <summary>A client on the current session; fails with "log in first" when there is none.</summary>
    public TileDbCloudClient CreateCloudClient(bool requireLogin = true)
    {
        var options = new TileDbCloudOptions
        {
            ServerAddress = HostOverride,
            ConfigFilePath = CloudConfigPath,
            RetryMode = RetryMode,
        };
        var client = TileDbCloudClient.Create(options, configFile: CloudConfig);
        if (requireLogin && client.Auth.CurrentSession is not { HasCredentials: true })
        {
            client.Dispose();
            throw new CliException("not logged in to TileDB Cloud: log in first with `tdbw login --token TOKEN` or `tdbw login --username NAME` (or set TILEDB_REST_TOKEN)");
        }

        return client;
    }

    /// <summary>The worker endpoint: <c>--endpoint</c>, then <c>TDBW_ENDPOINT</c>, then tdbw.json.</summary>
    public ResolvedSetting WorkerEndpoint => ResolvedSetting.First(
        (Parse.GetValue(host.Globals.Endpoint), "--endpoint"), (Env.Get("TDBW_ENDPOINT"), "TDBW_ENDPOINT"), (Settings.Load().Endpoint, TdbwSettingsFile.FileName));

    /// <summary>The worker key: <c>--key</c>, then <c>TDBW_KEY</c>, then tdbw.json.</summary>
    public ResolvedSetting WorkerKey => ResolvedSetting.First(
        (Parse.GetValue(host.Globals.Key), "--key"), (Env.Get("TDBW_KEY"), "TDBW_KEY"), (Settings.Load().Key, TdbwSettingsFile.FileName));

    /// <summary>A client of the worker's HTTP API, from <c>--endpoint</c>/<c>--key</c>, the environment or tdbw.json.</summary>
    public WorkflowApiClient CreateWorkflowClient()
    {
        var endpoint = WorkerEndpoint.Value
            ?? throw new UsageException("no worker endpoint: pass --endpoint URL, set TDBW_ENDPOINT, or run `tdbw config set endpoint URL`");
        return WorkflowApiClient.Create(endpoint, WorkerKey.Value);
    }

    /// <summary>The answer of a command that shows one thing: <paramref name="value"/> as JSON with <c>--json</c>, else <paramref name="human"/>.</summary>
    public int Emit<T>(T value, Action human, JsonSerializerOptions? options = null)
    {
        if (Json)
        {
            WriteJson(value, options);
        }
        else
        {
            human();
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The answer of a listing: with <c>--json</c> the items in the <see cref="ListEnvelope{T}"/> every listing uses,
    /// else a table of <paramref name="row"/>s under <paramref name="headers"/> and the paging footer.
    /// </summary>
    public int EmitList<T>(IReadOnlyList<T> items, PaginationMetadata? meta, IReadOnlyList<string> headers, Func<T, IReadOnlyList<string?>> row, string noun) =>
        Emit(new ListEnvelope<T>(items, meta), () =>
        {
            Output.Table(headers, items.Select(row));
            Output.Line(Paging.Footer(items.Count, noun, meta));
        });

    public void Dispose() => cloud?.Dispose();

    /// <summary>Writes <paramref name="value"/> as indented JSON on stdout.</summary>
    public void WriteJson<T>(T value, JsonSerializerOptions? options = null)
    {
        host.Stdout.WriteLine(JsonSerializer.Serialize(value, options ?? CliJson.Cloud));
        host.Stdout.Flush();
    }
}
