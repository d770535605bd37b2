using System.Diagnostics.CodeAnalysis;

namespace TileDbWorkflows.Cloud;

/// <summary>
/// A parsed <c>tiledb://namespace/name</c> URI. The name may contain slashes (for example a storage URI
/// such as <c>s3://bucket/array</c>) or be a UUID; it is split at the first slash after the namespace.
/// </summary>
public sealed record TileDbUri
{
    /// <summary>The URI scheme prefix, <c>tiledb://</c>.</summary>
    public const string Prefix = "tiledb://";

    /// <summary>Creates a URI from its parts.</summary>
    /// <param name="namespace">Owner namespace (user or organization).</param>
    /// <param name="name">Asset name, storage URI or UUID.</param>
    public TileDbUri(string @namespace, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Namespace = @namespace;
        Name = name;
    }

    /// <summary>Owner namespace.</summary>
    public string Namespace { get; }

    /// <summary>Asset name (may contain slashes).</summary>
    public string Name { get; }

    /// <summary>
    /// The <c>{namespace}/{name}</c> path fragment with each part percent-encoded with no safe characters,
    /// as the Python client does, so <c>/</c> and <c>:</c> inside a name become <c>%2F</c> and <c>%3A</c>.
    /// </summary>
    public string EncodedPath => EncodeSegment(Namespace) + "/" + EncodeSegment(Name);

    /// <summary>Parses <paramref name="uri"/>; throws <see cref="FormatException"/> naming the URI if it is not valid.</summary>
    public static TileDbUri Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return TryParse(uri, out var result)
            ? result
            : throw new FormatException($"'{uri}' is not a TileDB Cloud URI; expected \"tiledb://<namespace>/<name>\".");
    }

    /// <summary>Tries to parse <paramref name="uri"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? uri, [NotNullWhen(true)] out TileDbUri? result)
    {
        result = null;
        if (uri is null || !uri.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = uri[Prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        result = new TileDbUri(rest[..slash], rest[(slash + 1)..]);
        return true;
    }

    /// <summary>
    /// Percent-encodes one path segment with no safe characters (RFC 3986 unreserved characters stay as
    /// they are, matching Python's <c>quote(s, safe="")</c>).
    /// </summary>
    public static string EncodeSegment(string segment) => Uri.EscapeDataString(segment);

    /// <inheritdoc />
    public override string ToString() => Prefix + Namespace + "/" + Name;
}
