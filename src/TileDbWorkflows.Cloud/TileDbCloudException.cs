using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace TileDbWorkflows.Cloud;

/// <summary>
/// The single error type of the client: a non-2xx answer from TileDB Cloud (after retries and redirects),
/// or a local precondition such as "not logged in". The message reads like the Python client's
/// (<c>"{message} - Code: {code}"</c>). Credentials are never part of it.
/// </summary>
public sealed class TileDbCloudException : Exception
{
    /// <summary>Creates an exception with a message only (local errors, of kind <see cref="TileDbErrorKind.Unknown"/>).</summary>
    public TileDbCloudException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a local error (no request answered it) of the given kind.</summary>
    public TileDbCloudException(string message, TileDbErrorKind kind)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public TileDbCloudException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error of the given kind that no answer carried (a dropped connection, a timeout), keeping its cause.</summary>
    public TileDbCloudException(string message, TileDbErrorKind kind, Exception innerException)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an exception with every field; the <see cref="Kind"/> follows from <paramref name="statusCode"/>.</summary>
    public TileDbCloudException(string message, HttpStatusCode? statusCode, long? errorCode, string? serverMessage, string? requestId, string? responseBody)
        : base(message)
    {
        Kind = KindOf(statusCode);
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ServerMessage = serverMessage;
        RequestId = requestId;
        ResponseBody = responseBody;
    }

    /// <summary>Creates an empty exception.</summary>
    public TileDbCloudException()
    {
    }

    /// <summary>What the error means for the caller (retry, fail the item, fix the credentials).</summary>
    public TileDbErrorKind Kind { get; }

    /// <summary>HTTP status of the failed call, or null for local errors.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>TileDB application error code from the body (<c>code</c>), which is not the HTTP status.</summary>
    public long? ErrorCode { get; }

    /// <summary>The <c>message</c> field of the error body.</summary>
    public string? ServerMessage { get; }

    /// <summary>The <c>request_id</c> field of the error body, to quote to TileDB support.</summary>
    public string? RequestId { get; }

    /// <summary>The raw response body (truncated), for diagnostics.</summary>
    public string? ResponseBody { get; }

    /// <summary>
    /// HTTP method of the call TileDB Cloud answered with this error (GET, PATCH, ...), or null when not from an answer.
    /// A failed GET changed nothing, which lets a caller tell a failed look from a failed change.
    /// </summary>
    public string? RequestMethod { get; internal set; }

    /// <summary>True when the status is 404.</summary>
    public bool IsNotFound => Kind == TileDbErrorKind.NotFound;

    /// <summary>The error raised when no credentials are configured anywhere.</summary>
    public static TileDbCloudException LoginRequired() => new(
        "You must first login to TileDB Cloud: call LoginAsync, set TileDbCloudOptions.ApiToken, set TILEDB_REST_TOKEN, or log in with the Python client so ~/.tiledb/cloud.json exists.",
        TileDbErrorKind.NotLoggedIn);

    /// <summary>The kind of an answer with HTTP status <paramref name="statusCode"/>; null (no answer) is <see cref="TileDbErrorKind.Unknown"/>.</summary>
    public static TileDbErrorKind KindOf(HttpStatusCode? statusCode) => statusCode switch
    {
        null => TileDbErrorKind.Unknown,
        HttpStatusCode.Unauthorized => TileDbErrorKind.Unauthorized,
        HttpStatusCode.Forbidden => TileDbErrorKind.Forbidden,
        HttpStatusCode.NotFound => TileDbErrorKind.NotFound,
        HttpStatusCode.Conflict => TileDbErrorKind.Conflict,
        HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed or HttpStatusCode.UnprocessableEntity => TileDbErrorKind.Invalid,
        HttpStatusCode.ServiceUnavailable => TileDbErrorKind.Capacity,
        HttpStatusCode.TooManyRequests => TileDbErrorKind.RateLimited,
        HttpStatusCode.RequestTimeout => TileDbErrorKind.Transient,
        { } status when (int)status >= 500 && (int)status <= 599 => TileDbErrorKind.Transient,
        _ => TileDbErrorKind.Unknown,
    };

    /// <summary>Builds the exception for an error response body, following the Python client's formatting.</summary>
    public static TileDbCloudException FromResponse(HttpStatusCode status, string? body, string? requestIdHeader = null)
    {
        const int MaxBody = 4096;
        var clipped = body is { Length: > MaxBody } ? body[..MaxBody] : body;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return FromJson(status, doc.RootElement, clipped, requestIdHeader);
                }
            }
            catch (JsonException)
            {
                // Not JSON: fall through to the Python client's plain-text wording.
            }
        }

        var message = status == HttpStatusCode.NotFound
            ? "HTTP 404: resource not found"
            : string.Create(CultureInfo.InvariantCulture, $"Unknown HTTP {(int)status} error; response body: {clipped}");
        return new TileDbCloudException(message, status, null, null, requestIdHeader, clipped);
    }

    private static TileDbCloudException FromJson(HttpStatusCode status, JsonElement root, string? body, string? requestIdHeader)
    {
        string? message = null;
        long? code = null;
        string? requestId = null;
        var extra = new StringBuilder();
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "message":
                    message = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    break;
                case "code" when property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var c):
                    code = c;
                    break;
                default:
                    if (property.Name == "request_id" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        requestId = property.Value.GetString();
                    }

                    extra.Append(extra.Length == 0 ? "{" : ", ")
                        .Append('\'').Append(property.Name).Append("': ")
                        .Append(property.Value.ValueKind == JsonValueKind.String ? "'" + property.Value.GetString() + "'" : property.Value.GetRawText());
                    break;
            }
        }

        var text = new StringBuilder();
        text.Append(message ?? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}"));
        if (code is not null)
        {
            text.Append(" - Code: ").Append(code.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (extra.Length > 0)
        {
            text.Append(" - Extra details: ").Append(extra).Append('}');
        }

        return new TileDbCloudException(text.ToString(), status, code, message, requestId ?? requestIdHeader, body);
    }
}
