using System.Globalization;
using System.Text;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// Builds query strings the way the Python client does: booleans as <c>True</c>/<c>False</c>, list
/// filters as repeated keys (<c>tag=a&amp;tag=b</c>), times as unix seconds, nulls left out.
/// </summary>
internal sealed class QueryBuilder
{
    private readonly StringBuilder _text = new();

    public QueryBuilder Add(string key, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append(_text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryBuilder Add(string key, bool? value) => Add(key, value is null ? null : value.Value ? "True" : "False");

    public QueryBuilder Add(string key, long? value) => Add(key, value?.ToString(CultureInfo.InvariantCulture));

    public QueryBuilder AddUnixSeconds(string key, DateTimeOffset? value) => Add(key, value?.ToUnixTimeSeconds());

    public QueryBuilder AddMany(string key, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(key, value);
            }
        }

        return this;
    }

    public override string ToString() => _text.ToString();
}
