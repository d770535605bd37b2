using System.Net;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>The answer to a SQL or UDF submission.</summary>
/// <param name="TaskId">Task id from the <c>X-TILEDB-CLOUD-TASK-ID</c> header, or null if the server sent none.</param>
/// <param name="StatusCode">HTTP status (200 with results, 204 without).</param>
/// <param name="ContentType">Media type of <paramref name="Body"/>.</param>
/// <param name="Body">Raw result bytes; their format follows the requested result format.</param>
public sealed record TaskSubmissionResult(string? TaskId, HttpStatusCode StatusCode, string? ContentType, ReadOnlyMemory<byte> Body);
