using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Worker.Http;

/// <summary>
/// The Functions app's HTTP routes, status codes and bodies on the worker: each route reads what the request carries
/// (body, <c>Idempotency-Key</c>, query) and hands over to <see cref="WorkflowApi"/>, which both hosts share.
/// Every route is behind the API key (the fallback policy), like a Functions route at AuthorizationLevel.Function.
/// </summary>
public static class WorkflowRoutes
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The Functions host's route prefix: links and clients see the same paths on both hosts.</summary>
    public const string RoutePrefix = "api";

    public static IEndpointRouteBuilder MapWorkflowRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/" + RoutePrefix);

        api.MapPost("/onboarding", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
        {
            var dryRun = false;
            // A typo such as dryRun=yes must not silently start the real onboarding.
            if (QueryValue(request, "dryRun") is { } flag && !bool.TryParse(flag, out dryRun))
            {
                return Result(ApiResponse.Invalid([new FieldError("dryRun", $"'{flag}' is not true or false")]));
            }
            var body = await ReadBodyAsync(request, ct).ConfigureAwait(false);
            return Result(await workflows.StartOnboardingAsync(client, body, dryRun, IdempotencyKey(request), BaseUrl(request), ct).ConfigureAwait(false));
        });

        api.MapPost("/sweeps", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.StartSweepAsync(client, await ReadBodyAsync(request, ct).ConfigureAwait(false), IdempotencyKey(request), BaseUrl(request), ct).ConfigureAwait(false)));

        // Invitations are keyed by the request's own requestId (as queue messages are), not by Idempotency-Key.
        api.MapPost("/invitations", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.StartBulkInvitationsAsync(client, await ReadBodyAsync(request, ct).ConfigureAwait(false), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/sharing", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.StartSharingAsync(client, await ReadBodyAsync(request, ct).ConfigureAwait(false), IdempotencyKey(request), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/files/import", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.StartFileImportAsync(client, await ReadBodyAsync(request, ct).ConfigureAwait(false), IdempotencyKey(request), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/files/export", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.StartFileExportAsync(client, await ReadBodyAsync(request, ct).ConfigureAwait(false), IdempotencyKey(request), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/tasks/watch", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.StartTaskWatchAsync(client, await ReadBodyAsync(request, ct).ConfigureAwait(false), IdempotencyKey(request), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapGet("/workflows/{id}", async (string id, HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.GetAsync(client, id, BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapGet("/workflows", async (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.ListAsync(client, name => QueryValue(request, name), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/workflows/{id}/terminate", async (string id, HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.TerminateAsync(client, id, QueryValue(request, "reason"), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/workflows/{id}/suspend", async (string id, HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.SuspendAsync(client, id, QueryValue(request, "reason"), BaseUrl(request), ct).ConfigureAwait(false)));

        api.MapPost("/workflows/{id}/resume", async (string id, HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
            Result(await workflows.ResumeAsync(client, id, QueryValue(request, "reason"), BaseUrl(request), ct).ConfigureAwait(false)));

        return endpoints;
    }

    /// <summary>The base of the status links, <c>{scheme}://{host}/api</c>, as the caller reached us.</summary>
    public static string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}/{RoutePrefix}";
    }

    /// <summary>The <c>Idempotency-Key</c> header, or null when absent or blank (then every start is a new instance).</summary>
    public static string? IdempotencyKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers[IdempotencyKeyHeader].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static ApiResponseHttpResult Result(ApiResponse response) => new ApiResponseHttpResult(response);

    private static string? QueryValue(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
    }
}
