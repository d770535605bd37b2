using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Hosting.Http;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Http;

/// <summary>
/// The Functions app's HTTP routes, status codes and bodies on the worker: every entry of <see cref="ApiRouteTable"/>,
/// handed over as the Functions triggers hand theirs. Every route is behind the API key (the fallback policy), like a
/// Functions route at AuthorizationLevel.Function.
/// </summary>
public static class WorkflowRoutes
{
    public static IEndpointRouteBuilder MapWorkflowRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/" + ApiRoutes.Prefix);
        foreach (var route in ApiRouteTable.All)
        {
            api.MapMethods("/" + route.Template, [route.Method.ToUpperInvariant()],
                    (HttpRequest request, [FromServices] WorkflowApi workflows, [FromServices] DurableTaskClient client, CancellationToken ct) =>
                        route.HandleAsync(workflows, client, request, request.RouteValues[ApiRoutes.IdName]?.ToString(), ct))
                .WithName(route.Name);
        }
        return endpoints;
    }
}
