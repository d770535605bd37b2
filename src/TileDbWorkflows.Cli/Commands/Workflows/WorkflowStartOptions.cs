using System.Text.Json;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// The options every command that starts a worker workflow shares (--idempotency-key, --watch, --timeout, the
/// worker's endpoint and key) and the start itself: tell a repeated key, then show, watch or print the instance.
/// </summary>
internal sealed class WorkflowStartOptions(CliHost host, string what)
{
    private readonly Option<string?> _key = CommonOptions.IdempotencyKey($"Same key, same {what}: a repeated call starts nothing new");
    private readonly Option<bool> _watch = CommonOptions.Watch("Follow the workflow until it ends");
    private readonly Option<string?> _timeout = CommonOptions.Timeout("Stop watching after this long (10m, 1h); the workflow keeps running");

    public IEnumerable<Symbol> Symbols => [_key, _watch, _timeout, host.Globals.Endpoint, host.Globals.Key];

    /// <summary>POSTs <paramref name="request"/> to <paramref name="route"/>; <paramref name="instancePrefix"/> is the one the worker keys ids with.</summary>
    public async Task<int> StartAsync<T>(CliContext ctx, string route, string instancePrefix, T request, CancellationToken ct)
    {
        using var client = ctx.CreateWorkflowClient();
        var key = ctx.Get(_key);
        var before = await ExistingWorkflow.FindAsync(client, instancePrefix, key, ct).ConfigureAwait(false);
        var status = await client.StartAsync(route, JsonSerializer.Serialize(request, CliJson.Workflows), key, ct).ConfigureAwait(false);
        ExistingWorkflow.Tell(ctx, before, status, "--idempotency-key");
        return await OnboardCommand.Follow(ctx, client, status, ctx.Get(_watch), Values.Duration(ctx.Get(_timeout)), ct).ConfigureAwait(false);
    }

    /// <summary>A request file (the route's JSON body), read with the worker's own options so a wrong shape fails here.</summary>
    public static T ReadRequest<T>(string path)
    {
        var text = OnboardCommand.ReadJsonFile(path);
        try
        {
            return JsonSerializer.Deserialize<T>(text, CliJson.Workflows) ?? throw new UsageException($"'{path}' is empty (null)");
        }
        catch (JsonException ex)
        {
            throw new UsageException($"'{path}' is not a {typeof(T).Name}: {ex.Message}");
        }
    }
}
