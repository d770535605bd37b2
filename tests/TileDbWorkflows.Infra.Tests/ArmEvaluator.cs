using System.Text.Json.Nodes;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>
/// Evaluates just enough of the ARM function library to answer "which keys does this object have" for
/// values built with variables, union, if and createObject. Variables can be pinned (for example
/// isFlex = true) so each hosting branch is checked on its own. Anything else throws, so a template
/// change the evaluator cannot follow fails the test loudly instead of passing by accident.
/// </summary>
public sealed class ArmEvaluator(ArmTemplate template, IReadOnlyDictionary<string, JsonNode?> variableOverrides)
{
    /// <summary>Evaluates a JSON value from the template: expressions are run, other values returned as they are.</summary>
    public JsonNode? Evaluate(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && ArmExpression.IsExpression(text)
            ? Evaluate(ArmExpression.Parse(text))
            : node?.DeepClone();

    public JsonObject EvaluateObject(JsonNode? node) =>
        Evaluate(node) as JsonObject
        ?? throw new InvalidDataException($"{template}: expected an object from {node?.ToJsonString()}");

    public JsonNode? Evaluate(ArmExpression expression)
    {
        switch (expression.Kind)
        {
            case ArmExpressionKind.Literal:
                return JsonValue.Create(expression.Value);
            case ArmExpressionKind.Property:
                return EvaluateObject(Evaluate(expression.Arguments[0]))[expression.Name]?.DeepClone();
            case ArmExpressionKind.Index:
                throw Unsupported(expression);
        }

        var args = expression.Arguments;
        switch (expression.Name.ToLowerInvariant())
        {
            case "variables":
                var name = StringArgument(expression, 0);
                if (variableOverrides.TryGetValue(name, out var pinned))
                {
                    return pinned?.DeepClone();
                }
                var variables = template.Root["variables"] as JsonObject;
                return variables is not null && variables.TryGetPropertyValue(name, out var variable)
                    ? Evaluate(variable)
                    : throw new InvalidDataException($"{template}: no variable {name}");
            case "parameters":
                return template.ParameterDefault(StringArgument(expression, 0))?.DeepClone();
            case "if":
                return Evaluate(args[Bool(args[0]) ? 1 : 2]);
            case "not":
                return JsonValue.Create(!Bool(args[0]));
            case "equals":
                return JsonValue.Create(JsonNode.DeepEquals(Evaluate(args[0]), Evaluate(args[1])));
            case "null":
                return null;
            case "union":
                var merged = new JsonObject();
                foreach (var arg in args)
                {
                    foreach (var (key, item) in EvaluateObject(Evaluate(arg)))
                    {
                        merged[key] = item?.DeepClone();
                    }
                }
                return merged;
            case "createobject":
                var created = new JsonObject();
                for (var i = 0; i + 1 < args.Count; i += 2)
                {
                    // Values stay unevaluated expressions: callers evaluate only the ones they inspect.
                    created[StringArgument(expression, i)] = Unevaluated(args[i + 1]);
                }
                return created;
            case "createarray":
                return new JsonArray(args.Select(Unevaluated).ToArray());
            default:
                throw Unsupported(expression);
        }
    }

    private static JsonNode? Unevaluated(ArmExpression expression) =>
        expression.Kind == ArmExpressionKind.Literal
            ? JsonValue.Create(expression.Value)
            : JsonValue.Create("[" + expression + "]");

    private bool Bool(ArmExpression expression) =>
        Evaluate(expression) is JsonValue value && value.TryGetValue(out bool result)
            ? result
            : throw new InvalidDataException($"{template}: {expression} is not a boolean");

    private string StringArgument(ArmExpression call, int index) =>
        call.Arguments.Count > index && call.Arguments[index].Value is string s
            ? s
            : throw new InvalidDataException($"{template}: argument {index} of {call} is not a string literal");

    private NotSupportedException Unsupported(ArmExpression expression) =>
        new($"{template}: the test evaluator does not handle {expression}; extend ArmEvaluator or simplify the template.");
}
