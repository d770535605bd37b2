using System.Net;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.WorkflowApi;

/// <summary>A non-2xx answer of the worker API, with its problem details when it sent them.</summary>
internal sealed class WorkflowApiException(HttpStatusCode status, ProblemDetailsBody? problem, string? body)
    : Exception(problem?.Detail ?? body ?? status.ToString())
{
    public HttpStatusCode StatusCode { get; } = status;

    public ProblemDetailsBody? Problem { get; } = problem;

    /// <summary>One line: status, title and detail (field errors are listed separately by the caller).</summary>
    public string Summary
    {
        get
        {
            var line = CliHost.Status(StatusCode);
            if (Problem is null)
            {
                return string.IsNullOrWhiteSpace(Message) ? line : line + " · " + Message;
            }

            line += " · " + Problem.Title;
            return Problem.Errors is { Count: > 0 } || string.IsNullOrEmpty(Problem.Detail) ? line : line + " · " + Problem.Detail;
        }
    }
}
