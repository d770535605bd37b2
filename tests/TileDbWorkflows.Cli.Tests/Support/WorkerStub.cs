using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Tests.Support;

/// <summary>
/// A stand-in for the worker's HTTP API on a loopback Kestrel port, answering with the real WorkflowStatus
/// records serialized by the worker's own JSON options. Status reads walk through a scripted sequence
/// (staying on the last one), so a watch sees progress and then the end.
/// </summary>
public sealed class WorkerStub : IAsyncDisposable
{
    public const string Key = "stub-key";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<WorkflowStatus> _script = new();
    private WorkflowStatus? _last;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<WorkflowStatus>> _scriptsById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkflowStatus> _lastById = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WorkflowStatus[]> _listings = new();
    private WorkflowStatus[]? _lastListing;

    private WorkerStub(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The answer of the next POST to a start route.</summary>
    public (int Status, object Body) StartAnswer { get; set; }

    /// <summary>The continuation token every listing answers with; null ends the listing (so --all stops).</summary>
    public string? ListContinuationToken { get; set; } = "next-page";

    public void Script(params WorkflowStatus[] statuses)
    {
        foreach (var s in statuses)
        {
            _script.Enqueue(s);
        }
    }

    /// <summary>Statuses of one instance, read in turn (staying on the last), beside any other instance's: for watching several.</summary>
    public void ScriptFor(string id, params WorkflowStatus[] statuses)
    {
        var queue = _scriptsById.GetOrAdd(id, _ => new ConcurrentQueue<WorkflowStatus>());
        foreach (var s in statuses)
        {
            queue.Enqueue(s);
        }
    }

    /// <summary>Successive answers of <c>GET /api/workflows</c> (staying on the last), in place of the scripted statuses.</summary>
    public void ScriptListings(params WorkflowStatus[][] listings)
    {
        foreach (var listing in listings)
        {
            _listings.Enqueue(listing);
        }
    }

    /// <summary>The full report of an instance, which <c>GET /api/workflows/{id}/report</c> pages as the worker does.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<ItemResult>> Reports { get; } = new(StringComparer.Ordinal);

    public static async Task<WorkerStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var stub = new WorkerStub(app);
        app.Use(async (ctx, next) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = await reader.ReadToEndAsync();
            stub.Requests.Enqueue(new RecordedRequest(
                ctx.Request.Method, ctx.Request.Path, ctx.Request.QueryString.Value ?? string.Empty, body,
                ctx.Request.Headers["x-functions-key"].ToString(), ctx.Request.Headers["Idempotency-Key"].ToString()));
            if (ctx.Request.Headers["x-functions-key"] != Key)
            {
                await Write(ctx, 401, new ProblemDetailsBody("Unauthorized", 401, "An API key is required (x-functions-key header or code query parameter).", null));
                return;
            }

            await next(ctx);
        });
        app.MapGet("/api/workflows/{id}/report", (HttpContext ctx, string id) =>
        {
            if (!stub.Reports.TryGetValue(id, out var lines))
            {
                return Write(ctx, 404, new ProblemDetailsBody("Not found", 404, $"no workflow with id '{id}'", null));
            }

            var (query, errors) = ReportQuery.Parse(name => ctx.Request.Query[name].FirstOrDefault());
            if (query is null)
            {
                return Write(ctx, 400, new ProblemDetailsBody("One or more fields are invalid.", 400, string.Join("; ", errors.Select(e => e.ToString())), null));
            }

            var matching = lines.Where(l => query.Outcome is null || l.Outcome == query.Outcome).ToArray();
            var page = matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToArray();
            return Write(ctx, 200, new WorkflowReportPage(id, query.Outcome, query.Page, query.PageSize, matching.Length, page, WorkflowLinks.For("http://stub/api", id)));
        });
        app.MapGet("/api/workflows/{id}", (HttpContext ctx, string id) =>
        {
            if (stub._scriptsById.TryGetValue(id, out var own))
            {
                if (own.TryDequeue(out var next))
                {
                    stub._lastById[id] = next;
                }

                return Write(ctx, 200, stub._lastById[id]);
            }

            if (!stub._script.TryDequeue(out var status))
            {
                status = stub._last;
            }

            stub._last = status;
            return status is null || status.Id != id
                ? Write(ctx, 404, new ProblemDetailsBody("Not found", 404, $"no workflow with id '{id}'", null))
                : Write(ctx, 200, status);
        });
        app.MapGet("/api/workflows", (HttpContext ctx) =>
        {
            if (stub._listings.TryDequeue(out var listing))
            {
                stub._lastListing = listing;
            }

            return stub._lastListing is { } scripted
                ? Write(ctx, 200, new WorkflowList(scripted, null))
                : Write(ctx, 200, new WorkflowList(stub._script.ToArray(), stub.ListContinuationToken));
        });
        foreach (var route in new[] { "/api/onboarding", "/api/sweeps", "/api/invitations", "/api/sharing", "/api/files/import", "/api/files/export", "/api/tasks/watch" })
        {
            app.MapPost(route, (HttpContext ctx) => Write(ctx, stub.StartAnswer.Status, stub.StartAnswer.Body));
        }

        await app.StartAsync();
        stub.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return stub;
    }

    public static WorkflowStatus Status(string id, string status, WorkflowProgress? progress = null, WorkflowReport? report = null, string? failure = null) =>
        new(id, "OnboardingOrchestrator", status, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1), progress, report, failure,
            WorkflowLinks.For("http://stub/api", id));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task Write(HttpContext ctx, int status, object body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = status >= 400 ? "application/problem+json" : "application/json";
        return ctx.Response.WriteAsync(JsonSerializer.Serialize(body, body.GetType(), WorkflowJson.Options));
    }
}

public sealed record RecordedRequest(string Method, string Path, string Query, string Body, string Key, string IdempotencyKey);
