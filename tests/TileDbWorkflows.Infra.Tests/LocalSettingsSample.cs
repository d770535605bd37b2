using System.Text.Json.Nodes;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>The app settings the code reads, as listed in the repository's local.settings.sample.json.</summary>
public static class LocalSettingsSample
{
    public static string FilePath { get; } = Path.Combine(TileDbWorkflows.Testing.RepoRoot.Path, "local.settings.sample.json");

    /// <summary>Read on every call: other work adds settings to the sample, and the tests must see them.</summary>
    public static IReadOnlyDictionary<string, string> Values()
    {
        var values = ArmTemplate.ParseLenient(File.ReadAllText(FilePath))?["Values"] as JsonObject
            ?? throw new InvalidDataException(FilePath + " has no Values object");
        Assert.NotEmpty(values);
        return values.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "");
    }
}
