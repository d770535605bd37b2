using System.ComponentModel.DataAnnotations;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Http.Concurrency;

namespace TileDbWorkflows.Cloud;

/// <summary>
/// Client settings, bound from configuration (section <c>TileDbCloud</c> by convention) and validated at
/// start. When neither <see cref="ApiToken"/> nor <see cref="Username"/> is set, the session comes from
/// <c>cloud.json</c> and the <c>TILEDB_REST_*</c> environment variables, like the Python client.
/// </summary>
public sealed class TileDbCloudOptions : IValidatableObject
{
    /// <summary>Conventional configuration section name.</summary>
    public const string SectionName = "TileDbCloud";

    /// <summary>Server address without <c>/v1</c>; null takes it from the session (env, cloud.json) or <see cref="TileDbRegions.Global"/>.</summary>
    public string? ServerAddress { get; set; }

    /// <summary>API token. Prefer a secret store over plain configuration files.</summary>
    public string? ApiToken { get; set; }

    /// <summary>User name for Basic auth (with <see cref="Password"/>).</summary>
    public string? Username { get; set; }

    /// <summary>Password for Basic auth (with <see cref="Username"/>).</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Verify TLS certificates. False here, or <c>verify_ssl: false</c> in the session (cloud.json,
    /// <c>TILEDB_REST_IGNORE_SSL_VALIDATION</c>), makes the client's own socket handler accept any
    /// certificate; a warning is logged once when that happens.
    /// </summary>
    public bool VerifySsl { get; set; } = true;

    /// <summary>Retry mode at start; switch at run time with <see cref="ITileDbCloudClient.SetRetryMode"/>.</summary>
    public RetryMode RetryMode { get; set; } = RetryMode.Default;

    /// <summary>Maximum region redirects followed for one request.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Timeout of one HTTP attempt as a whole: connect, region redirects, headers and body. An attempt that
    /// runs past it fails with <see cref="Polly.Timeout.TimeoutRejectedException"/>, which
    /// <see cref="RetryMode.Default"/> and <see cref="RetryMode.Forceful"/> retry like a connection error
    /// (<see cref="RetrySettings.RetryTimeouts"/>); once the retries are spent (at once with <see cref="RetryMode.Disabled"/>)
    /// the call throws <see cref="TileDbCloudException"/> of kind <see cref="TileDbErrorKind.Transient"/> with it inside. The
    /// caller's CancellationToken still cancels the whole call, retries included. The minimum is 1 ms so tests
    /// and local emulators can use short timeouts.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The adaptive limit on requests in flight per token, shared by every client in the process (section
    /// <c>Concurrency</c>: <c>Enabled</c>, <c>Initial</c>, <c>Min</c>, <c>Max</c>, <c>DecreaseRatio</c>, <c>MaxHold</c>).
    /// </summary>
    public ConcurrencyOptions Concurrency { get; set; } = new();

    /// <summary>Path of cloud.json; null means <c>$HOME/.tiledb/cloud.json</c>.</summary>
    public string? ConfigFilePath { get; set; }

    /// <summary>Read cloud.json and the environment when no credentials are configured here.</summary>
    public bool UseConfigFile { get; set; } = true;

    /// <summary>Save the session to cloud.json after a login (the Python client always does).</summary>
    public bool SaveSessionOnLogin { get; set; } = true;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ServerAddress is { Length: > 0 } address
            && !Uri.TryCreate(TileDbRegions.NormalizeHost(address), UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"ServerAddress '{address}' is not an absolute URL.", [nameof(ServerAddress)]);
        }

        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Username and Password must be set together.", [nameof(Username), nameof(Password)]);
        }

        // Data annotations do not look into nested objects, so the limit's own checks run from here.
        if (Concurrency is null)
        {
            yield return new ValidationResult("Concurrency must be set.", [nameof(Concurrency)]);
            yield break;
        }

        var nested = new List<ValidationResult>();
        Validator.TryValidateObject(Concurrency, new ValidationContext(Concurrency), nested, validateAllProperties: true);
        foreach (var result in nested)
        {
            yield return new ValidationResult($"{nameof(Concurrency)}: {result.ErrorMessage}", [.. result.MemberNames.Select(m => nameof(Concurrency) + ":" + m)]);
        }
    }

    /// <summary>Describes the options with secrets masked.</summary>
    public override string ToString()
        => $"TileDbCloudOptions {{ ServerAddress = {ServerAddress ?? "(session)"}, ApiToken = {(ApiToken is null ? "(none)" : "***")}, Username = {Username ?? "(none)"}, Password = {(Password is null ? "(none)" : "***")}, RetryMode = {RetryMode}, Concurrency = {Concurrency} }}";
}
