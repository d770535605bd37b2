using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// tdbw's own settings, in <c>tdbw.json</c> beside <c>cloud.json</c>. They live in a separate file because
/// cloud.json is shared with the Python client and must keep its exact format.
/// </summary>
internal sealed record TdbwSettings
{
    /// <summary>Retry mode applied to every TileDB Cloud request: default, disabled or forceful.</summary>
    [JsonPropertyName("retry_mode")]
    public string? RetryMode { get; init; }

    /// <summary>Base address of the worker or Functions app (with or without <c>/api</c>).</summary>
    [JsonPropertyName("endpoint")]
    public string? Endpoint { get; init; }

    /// <summary>Function key sent as <c>x-functions-key</c>. A secret: the file is written with mode 0600.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>
    /// Region names to server addresses, consulted before the built-in TileDB Cloud regions by <c>--region</c> and
    /// <c>--host NAME</c>: point names at the emulator's regional ports, or add regions tdbw does not know.
    /// </summary>
    [JsonPropertyName("regions")]
    public IReadOnlyDictionary<string, string>? Regions { get; init; }
}
