using System.Text.Json;
using System.Text.Json.Nodes;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>A compiled ARM template (bicep build output), with lookups the tests share.</summary>
public sealed class ArmTemplate(string path, JsonObject root)
{
    public string Path { get; } = path;

    public JsonObject Root { get; } = root;

    /// <summary>The file as written, for checks that must hold anywhere in it.</summary>
    public string Text => Root.ToJsonString();

    public static ArmTemplate Load(string path) =>
        new(path, JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException(path + " is not a JSON object"));

    /// <summary>Resources, whether the template lists them (language version 1) or names them (version 2).</summary>
    public IEnumerable<JsonObject> Resources => Root["resources"] switch
    {
        JsonArray array => array.Select(r => r!.AsObject()),
        JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()),
        _ => [],
    };

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject SingleResource(string type)
    {
        var matches = ResourcesOfType(type).ToList();
        Assert.True(matches.Count == 1, $"{Path}: expected one {type}, found {matches.Count}");
        return matches[0];
    }

    /// <summary>The module deployment named <paramref name="name"/> (what main.bicep calls a module).</summary>
    public JsonObject Module(string name) =>
        ResourcesOfType("Microsoft.Resources/deployments").SingleOrDefault(r => (string?)r["name"] == name)
        ?? throw new InvalidDataException($"{Path}: no module deployment named {name}");

    /// <summary>The expression main passes to a module parameter, as written in the template.</summary>
    public string ModuleParameter(string module, string parameter) =>
        Module(module)["properties"]?["parameters"]?[parameter]?["value"]?.ToJsonString()
        ?? throw new InvalidDataException($"{Path}: module {module} gets no parameter {parameter}");

    public JsonNode? ParameterDefault(string name) =>
        Root["parameters"]?[name] is JsonObject parameter && parameter.TryGetPropertyValue("defaultValue", out var value)
            ? value
            : throw new InvalidDataException($"{Path}: parameter {name} has no default");

    public ArmEvaluator Evaluator(IReadOnlyDictionary<string, JsonNode?>? variableOverrides = null) =>
        new(this, variableOverrides ?? new Dictionary<string, JsonNode?>());

    public override string ToString() => Path;

    /// <summary>Parses JSON that may carry comments, as local.settings files often do.</summary>
    public static JsonNode? ParseLenient(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
}
