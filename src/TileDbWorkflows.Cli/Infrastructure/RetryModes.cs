using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>The built-in retry modes by their Python names.</summary>
internal static class RetryModes
{
    public static readonly string[] Names = ["default", "disabled", "forceful"];

    public static RetryMode Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "default" => RetryMode.Default,
        "disabled" => RetryMode.Disabled,
        "forceful" => RetryMode.Forceful,
        _ => throw new UsageException($"unknown retry mode '{name}'; use one of {string.Join(", ", Names)}"),
    };

    public static string Name(RetryMode mode) => mode.ToString().ToLowerInvariant();
}
