using System.Globalization;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Emulator.Tasks;

namespace TileDbWorkflows.Emulator.Admin;

/// <summary>
/// The control plane under <c>/__emulator/</c>: no authentication (it is a local test tool), not
/// logged, never faulted.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/__emulator");
        admin.MapGet("/health", ctx => Respond.Json(ctx, new { status = "ok" }));
        admin.MapPost("/reset", Reset);
        admin.MapGet("/state", StateDump.Write);
        admin.MapPost("/seed", LoadSeed);
        admin.MapGet("/requests", Requests);
        admin.MapDelete("/requests", ctx =>
        {
            ctx.Emu().Requests.Clear();
            return Respond.NoContent(ctx);
        });
        MapSpec<FaultSpec>(admin, "/faults", emu => emu.Faults.Snapshot(), (emu, spec) => emu.Faults.Set(spec), emu => emu.Faults.Clear());
        MapSpec<RateLimitSpec>(admin, "/rate-limits", emu => emu.RateLimits.Snapshot(), (emu, spec) => emu.RateLimits.Set(spec), emu => emu.RateLimits.Clear());
        MapSpec<LatencySpec>(admin, "/latency", emu => emu.Latency.Snapshot(), (emu, spec) => emu.Latency.Set(spec), emu => emu.Latency.Clear());
        MapSpec<TaskBehaviorSpec>(admin, "/tasks/behavior", emu => emu.TaskBehaviors.Snapshot(), (emu, spec) => emu.TaskBehaviors.Set(spec), emu => emu.TaskBehaviors.Clear());
        admin.MapGet("/regions", Regions);
        admin.MapPut("/regions/assets", SetAssetRegion);
    }

    /// <summary>A replaceable rule set: GET shows it with its counts, PUT replaces it (validated), DELETE clears it.</summary>
    private static void MapSpec<TSpec>(RouteGroupBuilder admin, string path, Func<EmulatorRuntime, TSpec> snapshot, Action<EmulatorRuntime, TSpec> set, Action<EmulatorRuntime> clear)
        where TSpec : class
    {
        admin.MapGet(path, ctx => Respond.Json(ctx, snapshot(ctx.Emu())));
        admin.MapPut(path, async ctx =>
        {
            set(ctx.Emu(), await ctx.ReadJsonAsync<TSpec>().ConfigureAwait(false));
            await Respond.NoContent(ctx).ConfigureAwait(false);
        });
        admin.MapDelete(path, ctx =>
        {
            clear(ctx.Emu());
            return Respond.NoContent(ctx);
        });
    }

    private static Task Reset(HttpContext ctx)
    {
        ctx.Emu().Reset();
        return Respond.NoContent(ctx);
    }

    private static async Task LoadSeed(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var seed = await ctx.ReadJsonAsync<SeedWorld>().ConfigureAwait(false);
        lock (emu.State.Sync)
        {
            if (seed.ReplaceDefault)
            {
                emu.State.Clear();
            }

            Seeder.Apply(emu.State, seed, emu.Now);
        }

        await Respond.NoContent(ctx).ConfigureAwait(false);
    }

    private static Task Requests(HttpContext ctx)
    {
        var method = ctx.QueryString("method");
        var path = ctx.QueryString("path") is { } p ? RouteGlob.Compile(p) : null;
        var status = ctx.QueryLong("status");
        var user = ctx.QueryString("user");
        var since = ctx.QueryLong("since");
        var entries = ctx.Emu().Requests.Snapshot()
            .Where(e => method is null || string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase))
            .Where(e => path is null || path.IsMatch(e.Path))
            .Where(e => status is null || e.Status == status)
            .Where(e => user is null || string.Equals(e.User, user, StringComparison.OrdinalIgnoreCase))
            .Where(e => since is null || e.Sequence > since)
            .ToList();
        return Respond.Json(ctx, entries);
    }

    private static Task Regions(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var host = ctx.Request.Host.Host;
        var scheme = ctx.Request.Scheme;
        Uri At(int port) => new(string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{port}/"));
        var regions = emu.Regions.Ports.ToDictionary(r => r.Key, r => At(r.Value));
        return Respond.Json(ctx, new RegionsInfo(At(emu.Regions.MainPort), regions));
    }

    private static async Task SetAssetRegion(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var body = await ctx.ReadJsonAsync<AssetRegionRequest>().ConfigureAwait(false);
        if (body.Region is not null && !emu.Regions.IsKnown(body.Region))
        {
            throw ApiException.BadRequest($"unknown region '{body.Region}'; configured: {string.Join(", ", emu.Regions.Ports.Keys)}");
        }

        lock (emu.State.Sync)
        {
            switch (body.Kind?.ToLowerInvariant())
            {
                case "array":
                    (emu.State.FindArray(body.Namespace, body.Name) ?? throw ApiException.NotFound($"array tiledb://{body.Namespace}/{body.Name} not found")).Region = body.Region;
                    break;
                case "group":
                    (emu.State.FindGroup(body.Namespace, body.Name) ?? throw ApiException.NotFound($"group tiledb://{body.Namespace}/{body.Name} not found")).Region = body.Region;
                    break;
                default:
                    throw ApiException.BadRequest("kind must be array or group");
            }
        }

        await Respond.NoContent(ctx).ConfigureAwait(false);
    }
}
