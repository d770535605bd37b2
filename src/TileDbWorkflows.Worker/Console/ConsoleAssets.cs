using System.Collections.Frozen;

namespace TileDbWorkflows.Worker.Console;

/// <summary>
/// The console's HTML, CSS and JavaScript, embedded in the worker assembly so the console ships with the binary:
/// no wwwroot to deploy beside it and no Node build step.
/// </summary>
internal static class ConsoleAssets
{
    public const string Index = "index.html";

    private const string ResourcePrefix = "TileDbWorkflows.Worker.Console.Assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Opens the asset <paramref name="name"/>; null for a name that is not one of ours (no path is ever read from disk).</summary>
    public static (Stream Content, string ContentType)? Open(string name)
    {
        if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType))
        {
            return null;
        }
        var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        return stream is null ? null : (stream, contentType);
    }
}
