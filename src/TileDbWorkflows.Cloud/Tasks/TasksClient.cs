using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>HTTP implementation of <see cref="ITasksClient"/>.</summary>
internal sealed class TasksClient(TileDbHttp http) : ITasksClient
{
    public string? LastSqlTaskId => http.State.LastSqlTaskId;

    public string? LastUdfTaskId => http.State.LastUdfTaskId;

    public async Task<PagedResult<ArrayTask>> ListAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var data = await http.GetAsync<ArrayTaskData>(ListPath(filter, filter?.Page), cancellationToken).ConfigureAwait(false);
        return new PagedResult<ArrayTask>(data.ArrayTasks, data.PaginationMetadata);
    }

    public IAsyncEnumerable<ArrayTask> ListAllAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default)
        => TileDbHttp.AllPagesAsync(
            async (page, ct) =>
            {
                var data = await http.GetAsync<ArrayTaskData>(ListPath(filter, page), ct).ConfigureAwait(false);
                return new PagedResult<ArrayTask>(data.ArrayTasks, data.PaginationMetadata);
            },
            filter?.Page,
            cancellationToken);

    public Task<ArrayTask> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        return http.GetAsync<ArrayTask>($"/v1/task/{TileDbHttp.Segment(taskId)}", cancellationToken);
    }

    public Task<ArrayTask> GetLastSqlTaskAsync(CancellationToken cancellationToken = default)
        => GetAsync(LastSqlTaskId ?? throw new TileDbCloudException("No SQL task has been submitted by this client yet."), cancellationToken);

    public Task<ArrayTask> GetLastUdfTaskAsync(CancellationToken cancellationToken = default)
        => GetAsync(LastUdfTaskId ?? throw new TileDbCloudException("No UDF task has been submitted by this client yet."), cancellationToken);

    public async Task<TaskSubmissionResult> SubmitSqlAsync(string @namespace, SqlSubmission sql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentNullException.ThrowIfNull(sql);
        var result = await SubmitAsync($"/v1/sql/{TileDbHttp.Segment(@namespace)}", TileDbHttp.JsonBody(sql), cancellationToken).ConfigureAwait(false);
        if (result.TaskId is not null)
        {
            http.State.LastSqlTaskId = result.TaskId;
        }

        return result;
    }

    public async Task<TaskSubmissionResult> SubmitGenericUdfAsync(string @namespace, GenericUdfSubmission udf, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentNullException.ThrowIfNull(udf);
        var result = await SubmitAsync($"/v1/udfs/generic/{TileDbHttp.Segment(@namespace)}", TileDbHttp.JsonBody(udf), cancellationToken).ConfigureAwait(false);
        if (result.TaskId is not null)
        {
            http.State.LastUdfTaskId = result.TaskId;
        }

        return result;
    }

    private async Task<TaskSubmissionResult> SubmitAsync(string path, HttpContent body, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(HttpMethod.Post, path, body, cancellationToken).ConfigureAwait(false);
        var taskId = response.Headers.TryGetValues(TileDbHttp.TaskIdHeader, out var values) ? values.FirstOrDefault() : null;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new TaskSubmissionResult(taskId, response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes);
    }

    private static string ListPath(TaskListFilter? filter, int? page)
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
        return "/v1/tasks" + query;
    }
}
