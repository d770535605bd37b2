namespace TileDbWorkflows.Workflows.Validation;

/// <summary>Collects every problem of a request before anything runs, so a caller fixes them all in one go.</summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    public bool Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return false;
        }
        return true;
    }

    public void NotEmpty<T>(string field, IReadOnlyCollection<T>? values)
    {
        if (values is null || values.Count == 0)
        {
            Add(field, "must list at least one entry");
        }
    }

    public void OneOf(string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            Add(field, $"'{value}' is not one of: {string.Join(", ", allowed)}");
        }
    }

    public void AllOneOf(string field, IReadOnlyList<string>? values, IReadOnlyCollection<string> allowed)
    {
        if (values is null)
        {
            return;
        }
        for (var i = 0; i < values.Count; i++)
        {
            OneOf($"{field}[{i}]", values[i], allowed);
        }
    }

    /// <summary>The namespace every plain asset name of a request belongs to: required and a valid name.</summary>
    public void Namespace(string field, string? value)
    {
        if (Required(field, value) && !TileDbVocabulary.IsName(value))
        {
            Add(field, $"'{value}' is not a valid namespace name");
        }
    }

    /// <summary>An array or group named in the request's namespace, or a full <c>tiledb://namespace/name</c> URI.</summary>
    public void AssetReference(string field, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            Add(field, "is required");
        }
        else if (reference.StartsWith("tiledb://", StringComparison.Ordinal))
        {
            TileDbUri(field, reference);
        }
        else if (!TileDbVocabulary.IsName(reference))
        {
            Add(field, $"'{reference}' is neither a name in the plan's namespace nor a tiledb:// URI");
        }
    }

    /// <summary>A full <c>tiledb://namespace/name</c> URI: exactly two valid names, so <c>tiledb://demo</c>, <c>tiledb://demo/a/b</c> and <c>tiledb://de mo/x</c> are refused.</summary>
    public void TileDbUri(string field, string? uri)
    {
        if (!TileDbVocabulary.IsTileDbUri(uri))
        {
            Add(field, $"'{uri}' is not a tiledb://namespace/name URI (one namespace and one name, without blanks or further '/')");
        }
    }

    /// <summary>An invitation recipient: a username, or an email address when it holds an '@'.</summary>
    public void Recipient(string field, string? recipient)
    {
        if (string.IsNullOrWhiteSpace(recipient))
        {
            Add(field, "is empty");
        }
        else if (recipient.Contains('@', StringComparison.Ordinal) ? !TileDbVocabulary.IsEmail(recipient) : !TileDbVocabulary.IsName(recipient.Trim()))
        {
            Add(field, recipient.Contains('@', StringComparison.Ordinal)
                ? $"'{recipient}' is not an email address (name@domain.tld)"
                : $"'{recipient}' is neither an email address nor a username");
        }
    }

    /// <summary>Runs <paramref name="check"/> on every item with its field path <c>{at}[i]</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "Read as one of the collector's checks: errors.Each(...), beside errors.AssetReference.")]
    public void Each<T>(string at, IReadOnlyList<T> items, Action<string, T> check)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(check);
        for (var i = 0; i < items.Count; i++)
        {
            check($"{at}[{i}]", items[i]);
        }
    }

    /// <summary>
    /// A required asset name (<paramref name="kind"/>: "array", "group"); with <paramref name="seen"/>, a name already
    /// in it is refused, since one name makes one asset.
    /// </summary>
    public void AssetName(string field, string? name, string kind, ISet<string>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (Required(field, name) && !TileDbVocabulary.IsName(name))
        {
            Add(field, $"'{name}' is not a valid {kind} name");
        }
        else if (seen is not null && !string.IsNullOrWhiteSpace(name) && !seen.Add(name))
        {
            Add(field, $"'{name}' appears more than once in the plan");
        }
    }

    /// <summary>An object-storage URI; an optional one is checked only when given. <paramref name="example"/> goes into the message.</summary>
    public void StorageUri(string field, string? value, bool required, string? example = null)
    {
        var present = required ? Required(field, value) : value is not null;
        if (present && !TileDbVocabulary.IsStorageUri(value))
        {
            Add(field, $"'{value}' is not an object-storage URI" + (example is null ? string.Empty : " such as " + example));
        }
    }
}
