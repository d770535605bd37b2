using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TileDbWorkflows.Emulator.Tests.Support;

/// <summary>Raw HTTP helpers: the emulator tests speak JSON directly so they see exactly what is on the wire.</summary>
public static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json, response);
    }

    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string url)
    {
        var (status, body, _) = await client.SendAsync(HttpMethod.Get, url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}: {body}");
        return body;
    }

    public static async Task ExpectAsync(this HttpClient client, HttpMethod method, string url, HttpStatusCode expected, object? body = null)
    {
        var (status, json, _) = await client.SendAsync(method, url, body);
        Assert.True(status == expected, $"{method} {url} answered {(int)status}, expected {(int)expected}: {json}");
    }

    public static void AssertErrorBody(JsonElement body)
    {
        Assert.Equal(JsonValueKind.Number, body.GetProperty("code").ValueKind);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("request_id").GetString()));
    }

    public static List<string> Names(this JsonElement list, string property = "name") =>
        list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)] : [];

    public static string Enc(string segment) => Uri.EscapeDataString(segment);

    public static Task RegisterAsync(this HttpClient client, string ns, string name, string? storage = null, object? extra = null) =>
        client.ExpectAsync(HttpMethod.Post, $"/v1/arrays/{ns}/{Enc(storage ?? $"s3://bucket/{ns}/{name}")}/register", HttpStatusCode.OK, extra ?? new { name });

    public static Task ShareAsync(this HttpClient client, string ns, string name, string target, params string[] actions) =>
        client.ExpectAsync(HttpMethod.Patch, $"/v1/arrays/{ns}/{name}/share", HttpStatusCode.NoContent, new { @namespace = target, actions });
}
