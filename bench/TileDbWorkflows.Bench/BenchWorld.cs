namespace TileDbWorkflows.Bench;

/// <summary>The emulator's well-known account every benchmark acts as (owner of its namespace, see the emulator README).</summary>
internal static class BenchWorld
{
    public const string Namespace = "demo";

    public const string Token = "demo-token";
}
