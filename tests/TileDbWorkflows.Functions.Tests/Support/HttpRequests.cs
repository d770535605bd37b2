using System.Text;
using Microsoft.AspNetCore.Http;

namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>Requests as the ASP.NET Core integration hands them to an HTTP trigger.</summary>
internal static class HttpRequests
{
    public const string Host = "func.example.net";

    public const string BaseUrl = "https://" + Host + "/api";

    public static HttpRequest Create(string method, string path, string? body = null, string? idempotencyKey = null, string? query = null)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        request.Scheme = "https";
        request.Host = new HostString(Host);
        request.Path = "/api/" + path;
        if (query is not null)
        {
            request.QueryString = new QueryString("?" + query);
        }
        if (idempotencyKey is not null)
        {
            request.Headers["Idempotency-Key"] = idempotencyKey;
        }
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        request.ContentType = "application/json";
        return request;
    }
}
