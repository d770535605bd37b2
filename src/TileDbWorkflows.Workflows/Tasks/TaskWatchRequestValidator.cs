using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>Field checks of a task watch request.</summary>
public static class TaskWatchRequestValidator
{
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(7);

    public static IReadOnlyList<FieldError> Validate(TaskWatchRequest request)
    {
        var errors = new FieldErrors();
        errors.NotEmpty("taskIds", request.TaskIds);
        for (var i = 0; i < request.TaskIds.Count; i++)
        {
            if (!Guid.TryParse(request.TaskIds[i], out _))
            {
                errors.Add($"taskIds[{i}]", $"'{request.TaskIds[i]}' is not a TileDB task id (a UUID)");
            }
        }
        if (request.Timeout is { } t && (t <= TimeSpan.Zero || t > MaxTimeout))
        {
            errors.Add("timeout", $"must be between 00:00:01 and {MaxTimeout}");
        }
        return errors.Errors;
    }
}
