using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Validation;

/// <summary>
/// Reads a request body (HTTP or queue) and runs the feature's validator, naming every problem by field path.
/// System.Text.Json stops at the first bad token and names .NET types, accepts numbers for enums and lets a duplicate
/// key win silently; so a tolerant first pass over the JSON checks each value against the request's contract,
/// collects every type error, drops the bad values and still runs the validator on the rest.
/// </summary>
public static class RequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = WorkflowJson.Options.AllowTrailingCommas,
        CommentHandling = WorkflowJson.Options.ReadCommentHandling,
    };

    /// <summary>The request and no errors, or null and every problem found.</summary>
    public static (T? Value, IReadOnlyList<FieldError> Errors) Parse<T>(string? body, Func<T, IReadOnlyList<FieldError>> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, [new FieldError("$", "the request body is empty; a JSON object is required")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var syntax = new FieldError("$", $"is not valid JSON: {FirstSentence(ex.Message)} (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})");
            return (null, TypeErrorBefore<T>(body, ex) is { } typeError ? [typeError, syntax] : [syntax]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [new FieldError("$", "a JSON object is required")]);
            }

            var typeErrors = new FieldErrors();
            var repaired = Check(document.RootElement, WorkflowJson.Options.GetTypeInfo(typeof(T)), string.Empty, typeErrors);
            T? value;
            try
            {
                value = repaired.Deserialize<T>(WorkflowJson.Options);
            }
            catch (JsonException) when (!typeErrors.IsEmpty)
            {
                // The type errors already explain why the rest cannot be read.
                return (null, typeErrors.Errors);
            }
            catch (JsonException ex)
            {
                var field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path.TrimStart('$', '.');
                return (null, [new FieldError(field.Length == 0 ? "$" : field, FirstSentence(ex.Message))]);
            }

            if (value is null)
            {
                return (null, [new FieldError("$", "a JSON object is required")]);
            }

            return Validated(value, validate, typeErrors.Errors);
        }
    }

    /// <summary>
    /// A body that is not JSON cannot be walked, but the serializer reads it in order and may meet a wrong type
    /// before the syntax error: that field is named too, as the serializer alone used to name it.
    /// </summary>
    private static FieldError? TypeErrorBefore<T>(string body, JsonException syntax)
    {
        try
        {
            _ = JsonSerializer.Deserialize<T>(body, WorkflowJson.Options);
            return null;
        }
        catch (JsonException ex) when (ex.LineNumber != syntax.LineNumber || ex.BytePositionInLine != syntax.BytePositionInLine)
        {
            var field = string.IsNullOrEmpty(ex.Path) ? string.Empty : ex.Path.TrimStart('$', '.');
            return field.Length == 0 ? null : new FieldError(field, "does not have the type this field needs");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Runs <paramref name="validate"/>; the request back only when nothing is wrong with it.</summary>
    public static (T? Value, IReadOnlyList<FieldError> Errors) Validated<T>(T value, Func<T, IReadOnlyList<FieldError>> validate, IReadOnlyList<FieldError>? typeErrors = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        typeErrors ??= [];
        var named = typeErrors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        // A field already refused for its type was dropped; the validator's "is required" for it would only repeat that.
        var errors = typeErrors.Concat(validate(value).Where(e => !named.Contains(e.Field))).ToArray();
        return errors.Length == 0 ? (value, []) : (null, errors);
    }

    /// <summary>The value with every badly typed part removed, adding one error per removed part.</summary>
    private static JsonNode? Check(JsonElement element, JsonTypeInfo info, string path, FieldErrors errors)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var nullable = !info.Type.IsValueType || Nullable.GetUnderlyingType(info.Type) is not null;
        var field = path.Length == 0 ? "$" : path;
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (nullable && info.Kind is not (JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary))
            {
                return null;
            }

            errors.Add(field, $"must be {Describe(info, type)}, not null");
            return Dropped;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return CheckList(element, info, path, errors);
            case JsonTypeInfoKind.Dictionary:
                return CheckDictionary(element, info, path, errors);
            case JsonTypeInfoKind.Object:
                return CheckObject(element, info, path, errors);
        }

        if (type.IsEnum)
        {
            var accepted = EnumNames(type);
            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(field, $"must be one of: {string.Join(", ", accepted)} (a string, not a {Kind(element)})");
                return Dropped;
            }

            if (!accepted.Contains(element.GetString(), StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(field, $"'{element.GetString()}' is not one of: {string.Join(", ", accepted)}");
                return Dropped;
            }

            return JsonValue.Create(element);
        }

        var wrongKind = type switch
        {
            _ when type == typeof(string) => element.ValueKind != JsonValueKind.String,
            _ when type == typeof(bool) => element.ValueKind is not (JsonValueKind.True or JsonValueKind.False),
            _ when type == typeof(JsonElement) || type == typeof(object) => false,
            _ when IsWholeNumber(type) => element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out _),
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => element.ValueKind != JsonValueKind.Number,
            _ => !ReadsAs(element, type),
        };
        if (wrongKind)
        {
            errors.Add(field, $"must be {Describe(info, type)}, not {Kind(element)}");
            return Dropped;
        }

        return JsonValue.Create(element);
    }

    private static JsonNode? CheckList(JsonElement element, JsonTypeInfo info, string path, FieldErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path.Length == 0 ? "$" : path, $"must be a list, not {Kind(element)}");
            return Dropped;
        }

        var items = WorkflowJson.Options.GetTypeInfo(info.ElementType!);
        var list = new JsonArray();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var checkedItem = Check(item, items, $"{path}[{i++}]", errors);
            if (!ReferenceEquals(checkedItem, Dropped))
            {
                list.Add(checkedItem);
            }
        }

        return list;
    }

    private static JsonNode? CheckDictionary(JsonElement element, JsonTypeInfo info, string path, FieldErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, $"must be an object, not {Kind(element)}");
            return Dropped;
        }

        var values = WorkflowJson.Options.GetTypeInfo(info.ElementType!);
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            var at = Join(path, property.Name);
            if (result.ContainsKey(property.Name))
            {
                errors.Add(at, "appears more than once; give each key once");
                continue;
            }

            var value = Check(property.Value, values, at, errors);
            if (!ReferenceEquals(value, Dropped))
            {
                result[property.Name] = value;
            }
        }

        return result;
    }

    private static JsonNode? CheckObject(JsonElement element, JsonTypeInfo info, string path, FieldErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, $"must be an object, not {Kind(element)}");
            return Dropped;
        }

        var comparison = WorkflowJson.Options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var properties = info.Properties.Where(p => p.Get is not null || p.Set is not null).ToDictionary(p => p.Name, comparison);
        var seen = new HashSet<string>(comparison);
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryGetValue(property.Name, out var contract))
            {
                errors.Add(Join(path, property.Name), $"is not a field here; known fields: {string.Join(", ", properties.Keys)}");
                continue;
            }

            var at = Join(path, contract.Name);
            if (!seen.Add(contract.Name))
            {
                errors.Add(at, "appears more than once; give each field once");
                continue;
            }

            var value = Check(property.Value, WorkflowJson.Options.GetTypeInfo(contract.PropertyType), at, errors);
            if (!ReferenceEquals(value, Dropped))
            {
                result[contract.Name] = value;
            }
        }

        foreach (var required in info.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            errors.Add(Join(path, required.Name), "is required");
        }

        return result;
    }

    // Marks a value the first pass refused, so its parent leaves it out (null is a legitimate value).
    private static readonly JsonNode Dropped = new JsonObject();

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static bool IsWholeNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static bool ReadsAs(JsonElement element, Type type)
    {
        try
        {
            _ = element.Deserialize(type, WorkflowJson.Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string[] EnumNames(Type type) =>
        Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, WorkflowJson.Options).Trim('"')).ToArray();

    private static string Describe(JsonTypeInfo info, Type type) => info.Kind switch
    {
        JsonTypeInfoKind.Enumerable => "a list",
        JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Object => "an object",
        _ when type == typeof(string) => "a string",
        _ when type == typeof(bool) => "true or false",
        _ when IsWholeNumber(type) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "an ISO 8601 date and time",
        _ when type == typeof(TimeSpan) => "a duration such as \"00:05:00\"",
        _ => "a valid value",
    };

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0 ? message[..p] : message;
        cut = cut.IndexOf(" LineNumber:", StringComparison.Ordinal) is var l and >= 0 ? cut[..l] : cut;
        return cut.TrimEnd();
    }
}
