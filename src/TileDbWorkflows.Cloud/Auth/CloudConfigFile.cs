using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TileDbWorkflows.Cloud.Auth;

/// <summary>
/// Reads and writes <c>~/.tiledb/cloud.json</c> in exactly the Python client's format, so one login serves
/// both clients, and applies the Python client's environment overrides when loading.
/// </summary>
public sealed class CloudConfigFile
{
    /// <summary>Header name used as the key inside the <c>api_key</c> object.</summary>
    public const string ApiKeyHeader = "X-TILEDB-REST-API-KEY";

    private readonly Func<string, string?> _environment;

    /// <summary>Creates a store for <paramref name="path"/> (default <see cref="DefaultPath"/>).</summary>
    /// <param name="path">File path; null means <c>$HOME/.tiledb/cloud.json</c>.</param>
    /// <param name="environment">Environment reader; null means the process environment (tests inject one).</param>
    public CloudConfigFile(string? path = null, Func<string, string?>? environment = null)
    {
        Path = string.IsNullOrEmpty(path) ? DefaultPath : path;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary><c>$HOME/.tiledb/cloud.json</c>.</summary>
    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        ".tiledb",
        "cloud.json");

    /// <summary>The file this store reads and writes.</summary>
    public string Path { get; }

    /// <summary>
    /// Loads the session from the file and the environment with the Python precedence: token and host from
    /// the environment beat the file; user name, password, SSL verification and CA file from the file beat
    /// the environment. Returns null when neither a token nor a user name is configured anywhere.
    /// </summary>
    public TileDbCloudSession? Load()
    {
        string? fileToken = null, fileHost = null, fileUser = null, filePassword = null, fileCa = null;
        bool? fileVerify = null;
        if (File.Exists(Path))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(Path));
                var root = doc.RootElement;
                if (root.TryGetProperty("api_key", out var apiKey) && apiKey.ValueKind == JsonValueKind.Object
                    && apiKey.TryGetProperty(ApiKeyHeader, out var token) && token.ValueKind == JsonValueKind.String)
                {
                    fileToken = token.GetString();
                }

                fileHost = ReadString(root, "host");
                fileUser = ReadString(root, "username");
                filePassword = ReadString(root, "password");
                fileCa = ReadString(root, "ca_file");
                if (root.TryGetProperty("verify_ssl", out var verify) && verify.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    fileVerify = verify.GetBoolean();
                }
            }
            catch (JsonException ex)
            {
                throw new TileDbCloudException($"{Path} is not valid JSON; log in again to rewrite it.", ex);
            }
        }

        var token2 = NonEmpty(_environment("TILEDB_REST_TOKEN")) ?? NonEmpty(fileToken);
        var host = NonEmpty(_environment("TILEDB_REST_HOST")) ?? NonEmpty(fileHost) ?? TileDbRegions.Global;
        var user = NonEmpty(fileUser) ?? NonEmpty(_environment("TILEDB_REST_USERNAME"));
        var password = NonEmpty(filePassword) ?? NonEmpty(_environment("TILEDB_REST_PASSWORD"));
        var ignoreSsl = _environment("TILEDB_REST_IGNORE_SSL_VALIDATION")?.Trim().ToUpperInvariant() is "TRUE" or "1" or "ON";
        var verifySsl = fileVerify ?? !ignoreSsl;
        var ca = NonEmpty(fileCa) ?? NonEmpty(_environment("TILEDB_SSL_CA_FILE"));

        if (token2 is null && user is null)
        {
            return null;
        }

        return new TileDbCloudSession
        {
            ServerAddress = TileDbRegions.NormalizeHost(host),
            ApiToken = token2,
            Username = user,
            Password = password,
            VerifySsl = verifySsl,
            CaFile = ca,
        };
    }

    /// <summary>
    /// Writes <paramref name="session"/> like Python's <c>json.dump(indent=4, sort_keys=True)</c>, creating the
    /// directory if needed and giving the file mode 0600 because it holds a credential.
    /// </summary>
    public void Save(TileDbCloudSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);

        var bytes = Serialize(session);
        var temp = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(bytes);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode only applies to new files; a leftover temp file could have kept wider permissions.
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, Path, overwrite: true);
    }

    /// <summary>The exact bytes <see cref="Save"/> writes (keys sorted, 4-space indent, no trailing newline).</summary>
    public static byte[] Serialize(TileDbCloudSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 4,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            // Keys in ordinal order, as Python's sort_keys produces: api_key, host, password, username, verify_ssl.
            writer.WriteStartObject();
            if (!string.IsNullOrEmpty(session.ApiToken))
            {
                writer.WriteStartObject("api_key");
                writer.WriteString(ApiKeyHeader, session.ApiToken);
                writer.WriteEndObject();
            }

            writer.WriteString("host", session.ServerAddress);
            if (!string.IsNullOrEmpty(session.Password))
            {
                writer.WriteString("password", session.Password);
            }

            if (!string.IsNullOrEmpty(session.Username))
            {
                writer.WriteString("username", session.Username);
            }

            writer.WriteBoolean("verify_ssl", session.VerifySsl);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The file's text, for diagnostics in tests.</summary>
    internal string ReadText() => File.ReadAllText(Path, Encoding.UTF8);

    private static string? ReadString(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
