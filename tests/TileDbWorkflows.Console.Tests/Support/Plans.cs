using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Console.Tests.Support;

internal static class Plans
{
    public static string SamplePath { get; } = Path.Combine(RepoRoot.Path, "samples", "onboarding.json");

    public static string Sample => File.ReadAllText(SamplePath);

    /// <summary>The sample with a follow-up task of its own name: a task is found again by name, so a reused name would not run.</summary>
    public static string SampleWithTask(string taskName) =>
        Sample.Replace("\"row count check\"", $"\"{taskName}\"", StringComparison.Ordinal);

    /// <summary>A group whose second member exists nowhere: that one item fails, with its reason, and the rest succeed.</summary>
    public static string WithMissingGroupMember(string suffix) => $$"""
        {
          "namespace": "demo",
          "arrays": [ { "name": "present_{{suffix}}", "storageUri": "s3://demo-bucket/console/present_{{suffix}}" } ],
          "groups": [ { "name": "mixed_{{suffix}}", "members": ["present_{{suffix}}", "ghost_array"] } ]
        }
        """;
}
