namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Tasks: listing, lookup, SQL and UDF submission.</summary>
public interface ITasksClient
{
    /// <summary>Id of the last SQL task submitted through this client's container, or null.</summary>
    string? LastSqlTaskId { get; }

    /// <summary>Id of the last UDF task submitted through this client's container, or null.</summary>
    string? LastUdfTaskId { get; }

    /// <summary>One page of tasks.</summary>
    Task<PagedResult<ArrayTask>> ListAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Every task matching the filter, page by page.</summary>
    IAsyncEnumerable<ArrayTask> ListAllAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>A task by id (<c>GET /v1/task/{id}</c>, singular).</summary>
    Task<ArrayTask> GetAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>The last SQL task; throws <see cref="TileDbCloudException"/> if none was submitted.</summary>
    Task<ArrayTask> GetLastSqlTaskAsync(CancellationToken cancellationToken = default);

    /// <summary>The last UDF task; throws <see cref="TileDbCloudException"/> if none was submitted.</summary>
    Task<ArrayTask> GetLastUdfTaskAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs SQL in <paramref name="namespace"/> and returns the task id and any result bytes.</summary>
    Task<TaskSubmissionResult> SubmitSqlAsync(string @namespace, SqlSubmission sql, CancellationToken cancellationToken = default);

    /// <summary>Runs a generic UDF in <paramref name="namespace"/> and returns the task id and any result bytes.</summary>
    Task<TaskSubmissionResult> SubmitGenericUdfAsync(string @namespace, GenericUdfSubmission udf, CancellationToken cancellationToken = default);
}
