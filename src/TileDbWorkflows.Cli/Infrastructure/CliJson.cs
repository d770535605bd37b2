using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>JSON settings of <c>--json</c> output and of the worker API.</summary>
internal static class CliJson
{
    /// <summary>
    /// TileDB Cloud objects keep their wire names (snake_case, as the REST API and the Python client's
    /// <c>to_dict()</c> spell them); tdbw's own envelopes follow the same convention so one script style fits all.
    /// </summary>
    public static JsonSerializerOptions Cloud { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// <c>--json</c> errors: one line on stderr, every key present (null when unknown) so a script can index it blindly.
    /// </summary>
    public static JsonSerializerOptions Errors { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The worker's own shape (camelCase, enums as camelCase strings). Reading is lenient on purpose: a newer
    /// worker that adds fields must not break an older tdbw.
    /// </summary>
    public static JsonSerializerOptions Workflows { get; } = CreateWorkflows();

    private static JsonSerializerOptions CreateWorkflows()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
