namespace TileDbWorkflows.Cloud;

/// <summary>Well-known TileDB Cloud server addresses.</summary>
public static class TileDbRegions
{
    /// <summary>The global address; the service redirects to a regional host when the data lives elsewhere.</summary>
    public const string Global = "https://api.tiledb.com";

    /// <summary>AWS us-east-1.</summary>
    public const string UsEast1 = "https://us-east-1.aws.api.tiledb.com";

    /// <summary>AWS us-west-2.</summary>
    public const string UsWest2 = "https://us-west-2.aws.api.tiledb.com";

    /// <summary>AWS eu-west-1.</summary>
    public const string EuWest1 = "https://eu-west-1.aws.api.tiledb.com";

    /// <summary>AWS eu-west-2.</summary>
    public const string EuWest2 = "https://eu-west-2.aws.api.tiledb.com";

    /// <summary>AWS ap-southeast-1.</summary>
    public const string ApSoutheast1 = "https://ap-southeast-1.aws.api.tiledb.com";

    /// <summary>The five regional addresses.</summary>
    public static IReadOnlyList<string> All { get; } = [UsEast1, UsWest2, EuWest1, EuWest2, ApSoutheast1];

    /// <summary>
    /// Normalises a configured host the way the Python client does: a host without a scheme gets
    /// <c>https://</c>, and a trailing slash is dropped because paths already start with <c>/v1</c> or <c>/v2</c>.
    /// </summary>
    public static string NormalizeHost(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var trimmed = host.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed;
        }

        return trimmed.TrimEnd('/');
    }
}
