using System.Net;
using TileDbWorkflows.Cloud.Auth;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// One call to TileDB Cloud as <see cref="TileDbHttp"/> sends it: what goes on the wire plus the few rules that
/// differ per call (statuses the caller reads itself, answers that are final). Built by the API-area clients.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path below the server address, escaped; never carries the query.</param>
internal sealed record TileDbRequest(HttpMethod Method, string Path)
{
    /// <summary>The query string with its leading <c>?</c>, or empty.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>JSON body; null sends an empty one (the server still gets a Content-Type).</summary>
    public HttpContent? Body { get; init; }

    /// <summary>Sent as <see cref="TileDbHttp.CredentialsNameHeader"/> when set: which stored cloud credentials the server uses.</summary>
    public string? AccessCredentialsName { get; init; }

    /// <summary>Session to send with instead of the current one (login, before a session exists).</summary>
    public TileDbCloudSession? Session { get; init; }

    /// <summary>Non-2xx statuses handed back to the caller instead of thrown.</summary>
    public IReadOnlySet<HttpStatusCode> AcceptStatuses { get; init; } = NoStatuses;

    /// <summary>
    /// Given a non-2xx status and its body, true when the answer is final: the server did its work and no retry mode
    /// may send the request again, even one that lists the status.
    /// </summary>
    public Func<HttpStatusCode, string, bool>? IsFinalAnswer { get; init; }

    /// <summary>Path and query, as appended to the server address.</summary>
    public string PathAndQuery => Path + Query;

    private static readonly IReadOnlySet<HttpStatusCode> NoStatuses = new HashSet<HttpStatusCode>();

    public static TileDbRequest Get(string path, QueryBuilder? query = null) => new(HttpMethod.Get, path) { Query = query?.ToString() ?? string.Empty };

    public static TileDbRequest Delete(string path, QueryBuilder? query = null) => new(HttpMethod.Delete, path) { Query = query?.ToString() ?? string.Empty };

    public static TileDbRequest Post(string path, HttpContent? body = null) => new(HttpMethod.Post, path) { Body = body };

    public static TileDbRequest Put(string path, HttpContent body) => new(HttpMethod.Put, path) { Body = body };

    public static TileDbRequest Patch(string path, HttpContent body) => new(HttpMethod.Patch, path) { Body = body };
}
