using System.Text.Json;
using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Tasks;

/// <summary>
/// SQL and UDF submissions, answered at once with 204 and <c>X-TILEDB-CLOUD-TASK-ID</c>; the task then
/// runs on the emulator clock (QUEUED, RUNNING, then its outcome) as the admin API configured it.
/// </summary>
internal static class TaskEndpoints
{
    public const string TaskIdHeader = "X-TILEDB-CLOUD-TASK-ID";

    internal static async Task SubmitSql(HttpContext ctx)
    {
        var body = await ctx.ReadJsonAsync<SqlParametersWire>().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body.Query))
        {
            throw ApiException.BadRequest("query is required");
        }

        var id = Submit(ctx, "SQL", body.Name, body.Query, sql: body.Query, udfCode: null, language: null, body.ResultFormat, arrayRoute: false, arrayUris: []);
        ctx.Response.Headers[TaskIdHeader] = id;
        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    internal static async Task SubmitUdf(HttpContext ctx, string type, bool arrayRoute)
    {
        var body = await ctx.ReadJsonAsync<UdfSubmissionWire>().ConfigureAwait(false);
        var code = body.Exec ?? body.ExecRaw;
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(body.UdfInfoName))
        {
            throw ApiException.BadRequest("exec, exec_raw or udf_info_name is required");
        }

        var uris = new List<string>();
        foreach (var a in body.Arrays ?? [])
        {
            if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String)
            {
                uris.Add(uri.GetString()!);
            }
        }

        var text = body.UdfInfoName + "\n" + code;
        var id = Submit(ctx, type, body.TaskName ?? body.UdfInfoName, text, sql: null, udfCode: code, body.Language ?? "python", body.ResultFormat, arrayRoute, uris);
        ctx.Response.Headers[TaskIdHeader] = id;
        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static string Submit(HttpContext ctx, string type, string? name, string matchText, string? sql, string? udfCode, string? language, string? resultFormat, bool arrayRoute, List<string> arrayUris)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.RouteParam("namespace");
        lock (emu.State.Sync)
        {
            var state = emu.State;
            ArrayRecord? array = null;
            if (arrayRoute)
            {
                array = ArrayAssets.Kind.Find(ctx, emu, caller, ns, ctx.RouteParam("array"), out var actions);
                if (!actions.Contains("read"))
                {
                    throw ApiException.Forbidden($"user {caller} may not read {array.TileDbUri}");
                }

                ns = caller;
            }
            else
            {
                if (!state.NamespaceExists(ns))
                {
                    throw ApiException.NotFound($"namespace {ns} not found");
                }

                if (!Roles.CanCreate(Access.NamespaceRole(state, caller, ns)))
                {
                    throw ApiException.Forbidden($"user {caller} may not run tasks charged to namespace {ns}");
                }

                ns = state.CanonicalNamespace(ns);
            }

            foreach (var uri in arrayUris)
            {
                var target = state.ResolveUri(uri).Array;
                if (target is null || Access.ArrayActions(state, caller, target).Count == 0)
                {
                    throw ApiException.NotFound($"array {uri} not found");
                }
            }

            var rule = emu.TaskBehaviors.Pick(type, matchText);
            var now = emu.Now;
            var task = new TaskRecord
            {
                Id = EmulatorIds.New(),
                Type = type,
                Namespace = ns,
                Username = caller,
                Name = name,
                SqlQuery = sql,
                UdfCode = udfCode,
                UdfLanguage = language,
                ResultFormat = resultFormat ?? "json",
                ArrayId = array?.Id,
                ArrayUri = array?.TileDbUri,
                Region = emu.Regions.RegionOf(ctx),
                SubmittedAt = now,
                Queued = TimeSpan.FromMilliseconds(rule.QueuedMs),
                Running = TimeSpan.FromMilliseconds(rule.RunningMs),
                Outcome = rule.Outcome,
                OutcomeMessage = rule.StatusMessage,
                Result = rule.Result,
            };
            state.AddTask(task);
            if (array is not null)
            {
                ArrayMapper.Log(array, now, "udf", caller, task.Id);
            }

            return task.Id;
        }
    }

    internal static Task List(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.QueryString("namespace");
        var arrayUri = ctx.QueryString("array");
        if (arrayUri is not null && !arrayUri.StartsWith("tiledb://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiException(400, ErrorCodes.UriParse, $"unable to determine array namespace/name from URI (expected \"tiledb://<namespace>/<name>\"): {arrayUri}");
        }

        var start = ctx.QueryLong("start") is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : (DateTimeOffset?)null;
        var end = ctx.QueryLong("end") is { } e ? DateTimeOffset.FromUnixTimeSeconds(e).AddSeconds(1) : (DateTimeOffset?)null;
        var status = ctx.QueryString("status")?.ToUpperInvariant();
        var createdBy = ctx.QueryString("created_by");
        var type = ctx.QueryString("type");
        var excludeTypes = (ctx.QueryString("exclude_type") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var search = ctx.QueryString("search");
        var order = OrderBy.Parse(ctx, ["start_time", "name"]);
        List<ArrayTaskWire> all;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var now = emu.Now;
            if (arrayUri is not null)
            {
                // Validates the URI shape like the service (code 24 on a bad one).
                state.ResolveUri(arrayUri);
            }

            var member = Access.MemberNamespaces(state, caller).ToHashSet(StringComparer.OrdinalIgnoreCase);
            IEnumerable<TaskRecord> rows = state.Tasks.Values
                .Where(t => string.Equals(t.Username, caller, StringComparison.OrdinalIgnoreCase) || member.Contains(t.Namespace))
                .Where(t => ns is null || string.Equals(t.Namespace, ns, StringComparison.OrdinalIgnoreCase))
                .Where(t => arrayUri is null || string.Equals(t.ArrayUri, arrayUri, StringComparison.OrdinalIgnoreCase))
                .Where(t => start is null || t.SubmittedAt >= start)
                .Where(t => end is null || t.SubmittedAt < end)
                .Where(t => status is null || t.StatusAt(now) == status)
                .Where(t => createdBy is null || string.Equals(t.Username, createdBy, StringComparison.OrdinalIgnoreCase))
                .Where(t => type is null || string.Equals(t.Type, type, StringComparison.OrdinalIgnoreCase))
                .Where(t => !excludeTypes.Contains(t.Type, StringComparer.OrdinalIgnoreCase))
                .Where(t => search is null || (t.Name?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false) || (t.SqlQuery?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false));
            rows = order switch
            {
                ("name", var desc) => desc ? rows.OrderByDescending(t => t.Name) : rows.OrderBy(t => t.Name),
                ("start_time", false) => rows.OrderBy(t => t.SubmittedAt),
                _ => rows.OrderByDescending(t => t.SubmittedAt),
            };
            all = rows.Select(t => TaskMapper.ToWire(state, t, now, caller)).ToList();
        }

        var (items, meta) = Paging.Apply(ctx, all);
        return Respond.Json(ctx, new ArrayTaskDataWire(items, meta));
    }

    private static TaskRecord Visible(EmulatorRuntime emu, string caller, string id)
    {
        var task = emu.State.Tasks.GetValueOrDefault(id);
        if (task is null
            || (!string.Equals(task.Username, caller, StringComparison.OrdinalIgnoreCase) && Access.NamespaceRole(emu.State, caller, task.Namespace) is null))
        {
            throw ApiException.NotFound($"task {id} not found");
        }

        return task;
    }

    internal static Task Get(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        ArrayTaskWire wire;
        lock (emu.State.Sync)
        {
            wire = TaskMapper.ToWire(emu.State, Visible(emu, caller, ctx.RouteParam("id")), emu.Now, caller);
        }

        return Respond.Json(ctx, wire);
    }

    /// <summary>202 while the task is queued or running, the stored result once completed, 404 otherwise.</summary>
    internal static Task Result(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        string status;
        JsonElement? result;
        lock (emu.State.Sync)
        {
            var task = Visible(emu, caller, ctx.RouteParam("id"));
            status = task.StatusAt(emu.Now);
            result = task.Result;
        }

        return status switch
        {
            "QUEUED" or "RUNNING" => Respond.Status(ctx, StatusCodes.Status202Accepted),
            "COMPLETED" => result is { } r ? Respond.Json(ctx, r) : Respond.Json(ctx, Array.Empty<object>()),
            _ => throw ApiException.NotFound($"task ended {status}; no result stored"),
        };
    }
}
