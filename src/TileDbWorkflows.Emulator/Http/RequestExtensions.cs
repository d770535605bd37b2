using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace TileDbWorkflows.Emulator.Http;

/// <summary>Parsing helpers that turn malformed input into 400 error bodies instead of exceptions.</summary>
internal static class RequestExtensions
{
    /// <summary>
    /// Reads a route parameter from the raw request target. Kestrel leaves <c>%2F</c> encoded in the
    /// decoded path but decodes everything else, so a storage URI such as <c>s3%3A%2F%2Fb%2Fa</c> would
    /// come out half-decoded; decoding the raw segment once is the only unambiguous reading.
    /// </summary>
    public static string RouteParam(this HttpContext ctx, string name)
    {
        if (ctx.GetEndpoint() is not RouteEndpoint endpoint)
        {
            throw new InvalidOperationException("no route endpoint");
        }

        var segments = endpoint.RoutePattern.PathSegments;
        var index = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            foreach (var part in segments[i].Parts)
            {
                if (part is RoutePatternParameterPart p && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    index = i;
                }
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"route has no parameter {name}");
        }

        var raw = RawPath(ctx).Split('/');
        // raw[0] is the empty string before the leading slash.
        if (index + 1 >= raw.Length)
        {
            throw ApiException.BadRequest($"missing path parameter {name}");
        }

        return Uri.UnescapeDataString(raw[index + 1]);
    }

    public static string RawPath(HttpContext ctx)
    {
        var target = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
        {
            return ctx.Request.Path.Value ?? "/";
        }

        if (!target.StartsWith('/') && Uri.TryCreate(target, UriKind.Absolute, out var absolute))
        {
            target = absolute.AbsolutePath;
        }

        var q = target.IndexOf('?', StringComparison.Ordinal);
        return q >= 0 ? target[..q] : target;
    }

    public static string? QueryString(this HttpContext ctx, string name)
    {
        var v = ctx.Request.Query[name];
        return StringValues.IsNullOrEmpty(v) ? null : v[0];
    }

    public static IReadOnlyList<string> QueryList(this HttpContext ctx, string name)
    {
        var v = ctx.Request.Query[name];
        var list = new List<string>();
        foreach (var s in v)
        {
            if (!string.IsNullOrEmpty(s))
            {
                list.Add(s);
            }
        }

        return list;
    }

    /// <summary>Parses a boolean query value case-insensitively: Python sends <c>True</c>/<c>False</c>.</summary>
    public static bool? QueryBool(this HttpContext ctx, string name)
    {
        var s = ctx.QueryString(name);
        if (s is null)
        {
            return null;
        }

        return s.ToUpperInvariant() switch
        {
            "TRUE" or "1" or "YES" => true,
            "FALSE" or "0" or "NO" => false,
            _ => throw ApiException.BadRequest($"query parameter {name} must be a boolean, got '{s}'"),
        };
    }

    public static long? QueryLong(this HttpContext ctx, string name)
    {
        var s = ctx.QueryString(name);
        if (s is null)
        {
            return null;
        }

        // Python's client may send floats for numbers it deserialised as float (e.g. echoed paging).
        if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d))
        {
            return (long)d;
        }

        throw ApiException.BadRequest($"query parameter {name} must be an integer, got '{s}'");
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpContext ctx)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(ctx.Request.Body, EmulatorJson.Options, ctx.RequestAborted).ConfigureAwait(false);
            return body ?? throw ApiException.BadRequest("request body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw ApiException.BadRequest("malformed JSON body: " + e.Message);
        }
    }

    /// <summary>For endpoints whose body is optional (accept, some submissions): empty means defaults.</summary>
    public static async Task<T?> ReadOptionalJsonAsync<T>(this HttpContext ctx)
        where T : class
    {
        using var buffer = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(buffer, ctx.RequestAborted).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), EmulatorJson.Options);
        }
        catch (JsonException e)
        {
            throw ApiException.BadRequest("malformed JSON body: " + e.Message);
        }
    }
}
