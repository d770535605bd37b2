using System.Globalization;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>
/// A parsed ARM template expression (the "[...]" strings that bicep build emits). Only the grammar, not
/// the function library: evaluation of the few functions the tests need lives in ArmEvaluator.
/// </summary>
public sealed record ArmExpression(ArmExpressionKind Kind, string Name, object? Value, IReadOnlyList<ArmExpression> Arguments)
{
    /// <summary>True when a JSON string is an expression rather than a literal ("[[" escapes a literal "[").</summary>
    public static bool IsExpression(string text) =>
        text.Length >= 2 && text[0] == '[' && text[^1] == ']' && text[1] != '[';

    public static ArmExpression Parse(string text)
    {
        if (!IsExpression(text))
        {
            throw new FormatException("Not an ARM expression: " + text);
        }
        var parser = new ArmExpressionParser(text, 1, text.Length - 1);
        var expression = parser.ParseExpression();
        parser.ExpectEnd();
        return expression;
    }

    public override string ToString() => Kind switch
    {
        ArmExpressionKind.Literal => Value is string s ? "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'" : Convert.ToString(Value, CultureInfo.InvariantCulture) ?? "",
        ArmExpressionKind.Call => Name + "(" + string.Join(", ", Arguments) + ")",
        ArmExpressionKind.Property => Arguments[0] + "." + Name,
        _ => Arguments[0] + "[" + Arguments[1] + "]",
    };
}
