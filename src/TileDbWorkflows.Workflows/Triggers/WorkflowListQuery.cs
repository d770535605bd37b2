using System.Globalization;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>Filters of <c>GET /api/workflows</c>, read from the query string.</summary>
public sealed record WorkflowListQuery(
    IReadOnlyList<OrchestrationRuntimeStatus> Statuses,
    string? Prefix,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    int PageSize,
    string? ContinuationToken)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Parses the query parameters <c>status</c> (comma-separated), <c>prefix</c>, <c>createdFrom</c>, <c>createdTo</c>, <c>pageSize</c>, <c>continuationToken</c>.</summary>
    public static (WorkflowListQuery? Query, IReadOnlyList<FieldError> Errors) Parse(Func<string, string?> get)
    {
        var errors = new FieldErrors();
        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var s in (get("status") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<OrchestrationRuntimeStatus>(s, ignoreCase: true, out var status) && Enum.IsDefined(status))
            {
                statuses.Add(status);
            }
            else
            {
                errors.Add("status", $"'{s}' is not one of: {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}");
            }
        }
        var from = ParseDate(errors, "createdFrom", get("createdFrom"));
        var to = ParseDate(errors, "createdTo", get("createdTo"));
        var pageSize = DefaultPageSize;
        if (get("pageSize") is { } size && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            errors.Add("pageSize", $"must be a whole number from 1 to {MaxPageSize}");
        }
        return errors.IsEmpty
            ? (new WorkflowListQuery(statuses, get("prefix"), from, to, pageSize, get("continuationToken")), errors.Errors)
            : (null, errors.Errors);
    }

    private static DateTimeOffset? ParseDate(FieldErrors errors, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }
        errors.Add(field, $"'{value}' is not an ISO-8601 date");
        return null;
    }
}
