using Microsoft.DurableTask.Client;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>One HTTP route: the Functions function's name, its method and template, and what answers it.</summary>
public sealed record ApiRoute(
    string Name,
    string Method,
    string Template,
    Func<WorkflowApi, DurableTaskClient, ApiRequest, Task<ApiResponse>> Handle);
