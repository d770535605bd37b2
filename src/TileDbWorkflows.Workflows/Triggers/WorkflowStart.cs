using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// How one workflow is started over HTTP: the request body's type, the feature's validator, the instance id, the
/// orchestration and its input. <see cref="WorkflowApi.StartAsync{TRequest}"/> runs every start through the same path.
/// </summary>
/// <param name="Orchestrator">The orchestration scheduled, by its registered name.</param>
/// <param name="Validate">The feature's validator; any error answers 400 before anything is scheduled.</param>
/// <param name="InstanceId">The instance id (see <see cref="InstanceIds"/>), from the request body or the HTTP request.</param>
/// <param name="Input">The orchestration's input; the request itself when null.</param>
/// <param name="WhenEmpty">The request an empty body stands for; an empty body is invalid when null.</param>
/// <param name="NeedsBlobStorage">Refused with 503 before anything is scheduled when the host has no blob storage.</param>
public sealed record WorkflowStart<TRequest>(
    string Orchestrator,
    Func<TRequest, IReadOnlyList<FieldError>> Validate,
    Func<TRequest, ApiRequest, string> InstanceId,
    Func<TRequest, object>? Input = null,
    Func<TRequest>? WhenEmpty = null,
    bool NeedsBlobStorage = false)
    where TRequest : class
;
