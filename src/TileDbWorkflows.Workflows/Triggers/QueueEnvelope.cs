using System.Text.Json;
using System.Text.Json.Nodes;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// The optional trace context a queue message may carry. Azure Storage queue messages have no metadata, so a producer
/// that wants the workflow in its trace adds a top-level <c>"traceparent"</c> (W3C Trace Context) to the JSON body.
/// The listener reads it to parent its handling span; the request is validated without it, so messages without one
/// and messages with one are the same request.
/// </summary>
public static class QueueEnvelope
{
    public const string TraceParentProperty = "traceparent";

    /// <summary>The message's <c>traceparent</c>, or null when it has none or is not a JSON object.</summary>
    public static string? ReadTraceParent(string? message) =>
        TryParseObject(message) is { } body && body[TraceParentProperty] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : null;

    /// <summary>The message without its <c>traceparent</c>; any other text is returned unchanged, for the parser to judge.</summary>
    public static string? WithoutTraceContext(string? message)
    {
        if (TryParseObject(message) is not { } body || !body.ContainsKey(TraceParentProperty))
        {
            return message;
        }
        body.Remove(TraceParentProperty);
        return body.ToJsonString();
    }

    private static JsonObject? TryParseObject(string? message)
    {
        if (string.IsNullOrWhiteSpace(message) || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            // Count materialises the properties now, where a duplicate name (ArgumentException) can be caught.
            return JsonNode.Parse(message) is JsonObject body && body.Count >= 0 ? body : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return null;
        }
    }
}
