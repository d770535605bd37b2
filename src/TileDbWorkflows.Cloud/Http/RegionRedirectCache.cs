using System.Collections.Concurrent;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// Remembers where the service redirected each endpoint, keyed like the Python client's pool-manager
/// wrapper (<c>scheme://host/path</c>, query dropped), so later calls go straight to the regional host
/// instead of paying the redirect again.
/// </summary>
public sealed class RegionRedirectCache
{
    private readonly ConcurrentDictionary<string, Uri> _targets = new(StringComparer.Ordinal);

    /// <summary>Number of remembered paths.</summary>
    public int Count => _targets.Count;

    /// <summary>The cache key for <paramref name="uri"/>.</summary>
    public static string KeyOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.GetLeftPart(UriPartial.Path);
    }

    /// <summary>The remembered target origin (scheme, host, port) for <paramref name="uri"/>'s path, if any.</summary>
    public bool TryGetOrigin(Uri uri, out Uri origin)
    {
        if (_targets.TryGetValue(KeyOf(uri), out var found))
        {
            origin = found;
            return true;
        }

        origin = uri;
        return false;
    }

    /// <summary>Remembers that <paramref name="original"/>'s path lives at <paramref name="target"/>'s origin.</summary>
    public void Remember(Uri original, Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _targets[KeyOf(original)] = new Uri(target.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>Forgets every remembered redirect (for example after switching server address).</summary>
    public void Clear() => _targets.Clear();

    /// <summary><paramref name="uri"/> with its origin replaced by <paramref name="origin"/>.</summary>
    public static Uri Rebase(Uri uri, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(origin);
        var builder = new UriBuilder(uri) { Scheme = origin.Scheme, Host = origin.Host, Port = origin.Port };
        return builder.Uri;
    }
}
