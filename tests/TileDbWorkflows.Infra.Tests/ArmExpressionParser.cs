using System.Globalization;
using System.Text;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>Recursive descent over the text between the outer brackets of an ARM expression.</summary>
internal sealed class ArmExpressionParser(string text, int position, int end)
{
    public ArmExpression ParseExpression()
    {
        SkipSpace();
        var expression = ParsePrimary();
        while (true)
        {
            SkipSpace();
            if (Peek() == '.')
            {
                position++;
                var member = ReadIdentifier();
                expression = new ArmExpression(ArmExpressionKind.Property, member, null, [expression]);
            }
            else if (Peek() == '[')
            {
                position++;
                var index = ParseExpression();
                Expect(']');
                expression = new ArmExpression(ArmExpressionKind.Index, "", null, [expression, index]);
            }
            else
            {
                return expression;
            }
        }
    }

    public void ExpectEnd()
    {
        SkipSpace();
        if (position != end)
        {
            throw Error("unexpected text");
        }
    }

    private ArmExpression ParsePrimary()
    {
        var c = Peek();
        if (c == '\'')
        {
            return new ArmExpression(ArmExpressionKind.Literal, "", ReadString(), []);
        }
        if (c == '-' || char.IsAsciiDigit(c))
        {
            var start = position++;
            while (position < end && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }
            var number = decimal.Parse(text.AsSpan(start, position - start), CultureInfo.InvariantCulture);
            return new ArmExpression(ArmExpressionKind.Literal, "", number, []);
        }
        var name = ReadIdentifier();
        SkipSpace();
        Expect('(');
        var arguments = new List<ArmExpression>();
        SkipSpace();
        if (Peek() != ')')
        {
            do
            {
                arguments.Add(ParseExpression());
                SkipSpace();
            }
            while (TryConsume(','));
        }
        Expect(')');
        return new ArmExpression(ArmExpressionKind.Call, name, null, arguments);
    }

    private string ReadString()
    {
        Expect('\'');
        var value = new StringBuilder();
        while (true)
        {
            if (position >= end)
            {
                throw Error("unterminated string");
            }
            var c = text[position++];
            if (c != '\'')
            {
                value.Append(c);
            }
            else if (position < end && text[position] == '\'')
            {
                value.Append('\'');
                position++;
            }
            else
            {
                return value.ToString();
            }
        }
    }

    private string ReadIdentifier()
    {
        SkipSpace();
        var start = position;
        while (position < end && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '$'))
        {
            position++;
        }
        return position > start ? text[start..position] : throw Error("identifier expected");
    }

    private char Peek() => position < end ? text[position] : '\0';

    private bool TryConsume(char c)
    {
        if (Peek() != c)
        {
            return false;
        }
        position++;
        return true;
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (!TryConsume(c))
        {
            throw Error($"'{c}' expected");
        }
    }

    private void SkipSpace()
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private FormatException Error(string what) => new($"{what} at {position} in {text}");
}
