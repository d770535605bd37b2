using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>HTTP implementation of <see cref="ITasksClient"/>.</summary>
internal sealed class TasksClient(TileDbHttp http) : ITasksClient
{
    public string? LastSqlTaskId => http.State.LastSqlTaskId;

    public string? LastUdfTaskId => http.State.LastUdfTaskId;

    private const string ListItems = "array_tasks";

    public Task<PagedResult<ArrayTask>> ListAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetPageAsync<ArrayTask>(ListRequest(filter, filter?.Page), ListItems, cancellationToken);

    public IAsyncEnumerable<ArrayTask> ListAllAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetAllPagesAsync<ArrayTask>(page => ListRequest(filter, page), ListItems, filter?.Page, cancellationToken);

    public Task<ArrayTask> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        return http.SendAsync<ArrayTask>(TileDbRequest.Get($"/v1/task/{TileDbHttp.Segment(taskId)}"), cancellationToken);
    }

    public Task<ArrayTask> GetLastSqlTaskAsync(CancellationToken cancellationToken = default)
        => GetAsync(LastSqlTaskId ?? throw new TileDbCloudException("No SQL task has been submitted by this client yet."), cancellationToken);

    public Task<ArrayTask> GetLastUdfTaskAsync(CancellationToken cancellationToken = default)
        => GetAsync(LastUdfTaskId ?? throw new TileDbCloudException("No UDF task has been submitted by this client yet."), cancellationToken);

    public Task<TaskSubmissionResult> SubmitSqlAsync(string @namespace, SqlSubmission sql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentNullException.ThrowIfNull(sql);
        return SubmitAsync($"/v1/sql/{TileDbHttp.Segment(@namespace)}", TileDbHttp.JsonBody(sql), id => http.State.LastSqlTaskId = id, cancellationToken);
    }

    public Task<TaskSubmissionResult> SubmitGenericUdfAsync(string @namespace, GenericUdfSubmission udf, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentNullException.ThrowIfNull(udf);
        return SubmitAsync($"/v1/udfs/generic/{TileDbHttp.Segment(@namespace)}", TileDbHttp.JsonBody(udf), id => http.State.LastUdfTaskId = id, cancellationToken);
    }

    /// <summary>Submits and, when the server named the task, remembers its id through <paramref name="remember"/> (client memory, as in Python).</summary>
    private async Task<TaskSubmissionResult> SubmitAsync(string path, HttpContent body, Action<string> remember, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(TileDbRequest.Post(path, body), cancellationToken).ConfigureAwait(false);
        var taskId = response.Headers.TryGetValues(TileDbHttp.TaskIdHeader, out var values) ? values.FirstOrDefault() : null;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (taskId is not null)
        {
            remember(taskId);
        }

        return new TaskSubmissionResult(taskId, response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes);
    }

    private static TileDbRequest ListRequest(TaskListFilter? filter, int? page)
    {
        var ns = filter?.Array?.Namespace ?? filter?.Namespace;
        var query = new QueryBuilder()
            .Add("namespace", ns)
            .Add("array", filter?.Array?.ToString())
            .AddUnixSeconds("start", filter?.Start)
            .AddUnixSeconds("end", filter?.End)
            .Add("status", filter?.Status is { } status ? WireNames.ToWire(status) : null)
            .Add("page", page)
            .Add("per_page", filter?.PerPage)
            .Add("created_by", filter?.CreatedBy)
            .Add("type", filter?.Type is { } type ? WireNames.ToWire(type) : null)
            .Add("exclude_type", filter?.ExcludeTypes is { Count: > 0 } ex ? string.Join(',', ex.Select(WireNames.ToWire)) : null)
            .Add("search", filter?.Search)
            .Add("orderby", filter?.OrderBy);
        return TileDbRequest.Get("/v1/tasks", query);
    }
}
