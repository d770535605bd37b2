namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>An RFC 7807 problem, with <see cref="Errors"/> naming each invalid field as ASP.NET Core does.</summary>
public sealed record ProblemDetailsBody(string Title, int Status, string Detail, IReadOnlyDictionary<string, string[]>? Errors)
{
    public string Type => Status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        _ => "about:blank",
    };
}
