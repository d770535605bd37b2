using System.Globalization;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>The query of <c>GET /api/workflows/{id}/report</c>: <c>outcome</c>, <c>page</c> (from 1), <c>pageSize</c> (1-1000, default 100).</summary>
public sealed record ReportQuery(ItemOutcome? Outcome, int Page, int PageSize)
{
    public const int MaxPageSize = 1000;

    public static (ReportQuery? Query, IReadOnlyList<FieldError> Errors) Parse(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<FieldError>();
        ItemOutcome? outcome = null;
        if (query("outcome") is { Length: > 0 } o)
        {
            if (Enum.TryParse<ItemOutcome>(o, ignoreCase: true, out var parsed) && parsed != ItemOutcome.Retry && Enum.IsDefined(parsed) && !int.TryParse(o, out _))
            {
                outcome = parsed;
            }
            else
            {
                errors.Add(new FieldError("outcome", $"'{o}' is not one of created, updated, deleted, skipped, failed"));
            }
        }
        var page = Number(query, "page", 1, int.MaxValue, 1, errors);
        var pageSize = Number(query, "pageSize", 1, MaxPageSize, 100, errors);
        return errors.Count > 0 ? (null, errors) : (new ReportQuery(outcome, page, pageSize), errors);
    }

    private static int Number(Func<string, string?> query, string name, int min, int max, int fallback, List<FieldError> errors)
    {
        if (query(name) is not { Length: > 0 } text)
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add(new FieldError(name, $"'{text}' must be a whole number from {min} to {max}"));
        return fallback;
    }
}
