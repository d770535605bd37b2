using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>An IActionResult run against a real response, read back as a client would see it.</summary>
internal sealed record ExecutedResult(int Status, string? ContentType, string? Location, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public static async Task<ExecutedResult> RunAsync(IActionResult result)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        var location = context.Response.Headers.Location.ToString();
        return new ExecutedResult(context.Response.StatusCode, context.Response.ContentType, location.Length == 0 ? null : location, await reader.ReadToEndAsync());
    }
}
