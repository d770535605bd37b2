namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>One request as the server saw it, with the raw (still percent-encoded) target.</summary>
public sealed record RecordedRequest(
    string Method,
    string RawPath,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset FakeTime)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>Query pairs in order, decoded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryPairs => Query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1] : "")))
        .ToList();

    public IEnumerable<string> QueryValues(string key) => QueryPairs.Where(p => p.Key == key).Select(p => p.Value);
}
