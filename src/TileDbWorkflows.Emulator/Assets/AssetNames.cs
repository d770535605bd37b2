using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Assets;

internal static class AssetNames
{
    /// <summary>Arrays, groups and files share one namespace of names, with the same rule.</summary>
    public static void Validate(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('/', StringComparison.Ordinal) || name.Length > 256)
        {
            throw ApiException.BadRequest($"invalid asset name '{name}'");
        }
    }
}
