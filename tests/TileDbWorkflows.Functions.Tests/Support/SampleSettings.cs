using System.Text.Json.Nodes;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>local.settings.sample.json's Values (what an operator starts from), by the names the host uses (<c>__</c>).</summary>
internal static class SampleSettings
{
    public static Dictionary<string, string?> Values() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "local.settings.sample.json")))!["Values"]!.AsObject()
            .ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.OrdinalIgnoreCase);
}
