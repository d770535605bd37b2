using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>Plans name assets either by plain name (in the plan's namespace) or by full <c>tiledb://</c> URI.</summary>
public static class AssetUris
{
    public static TileDbUri Resolve(string @namespace, string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.StartsWith(TileDbUri.Prefix, StringComparison.OrdinalIgnoreCase)
            ? TileDbUri.Parse(reference)
            : new TileDbUri(@namespace, reference);
    }

    public static bool SameAsset(TileDbUri a, TileDbUri b) =>
        string.Equals(a.Namespace, b.Namespace, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    /// <summary>Storage URIs compare without a trailing slash, which TileDB does not treat as significant.</summary>
    public static bool SameStorage(string? a, string? b) =>
        string.Equals(a?.TrimEnd('/'), b?.TrimEnd('/'), StringComparison.Ordinal);
}
