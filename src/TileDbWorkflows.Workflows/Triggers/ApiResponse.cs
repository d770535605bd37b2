using System.Net;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// A host-neutral HTTP answer: the Functions app and the standalone worker each turn it into their own response type
/// in one line, so both serve the same status codes, headers and bodies.
/// </summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">Serialized with <see cref="Serialization.WorkflowJson.Options"/>; null for no body.</param>
/// <param name="ContentType">The body's media type.</param>
/// <param name="Location">The <c>Location</c> header, when the answer points at a workflow's status.</param>
public sealed record ApiResponse(HttpStatusCode StatusCode, object? Body, string ContentType = "application/json", string? Location = null)
{
    public static ApiResponse Ok(object body) => new(HttpStatusCode.OK, body);

    public static ApiResponse Accepted(object body, string location) => new(HttpStatusCode.Accepted, body, Location: location);

    public static ApiResponse NotFound(string detail) => Problem(HttpStatusCode.NotFound, "Not found", detail);

    public static ApiResponse TooLarge(string detail) => Problem(HttpStatusCode.RequestEntityTooLarge, "Request body too large", detail);

    public static ApiResponse Conflict(string detail) => Problem(HttpStatusCode.Conflict, "Conflict", detail);

    public static ApiResponse Problem(HttpStatusCode status, string title, string detail) =>
        new(status, new ProblemDetailsBody(title, (int)status, detail, null), "application/problem+json");

    public static ApiResponse Invalid(IReadOnlyList<Validation.FieldError> errors) =>
        new(
            HttpStatusCode.BadRequest,
            new ProblemDetailsBody(
                "One or more fields are invalid.",
                400,
                string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")),
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
            "application/problem+json");
}
