using System.ComponentModel.DataAnnotations;

namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>
/// The adaptive concurrency limit kept per TileDB token (configuration <c>TileDbCloud:Concurrency:*</c>). Requests
/// made with one token by every client in the process share one limit: it rises by one for each window of
/// successful calls (additive increase), drops by <see cref="DecreaseRatio"/> on a 429 or 503 (multiplicative
/// decrease), and holds new requests until the moment a Retry-After names. It applies per HTTP attempt, inside the
/// retry pipeline, so a retry that waits out its delay holds no slot. The first client to use a token fixes that
/// token's settings for the process.
/// </summary>
public sealed class ConcurrencyOptions : IValidatableObject
{
    /// <summary>Limit the number of requests in flight per token. False sends every request at once, as before.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests in flight allowed before any answer is seen. 8 is half the worker's 16 activity slots.</summary>
    [Range(1, 4096)]
    public int Initial { get; set; } = 8;

    /// <summary>Floor of the limit: cuts never go below it.</summary>
    [Range(1, 4096)]
    public int Min { get; set; } = 1;

    /// <summary>Ceiling of the limit: increases never go above it.</summary>
    [Range(1, 4096)]
    public int Max { get; set; } = 64;

    /// <summary>Factor applied to the limit on a 429 or 503 (at most once per window of requests started before the cut).</summary>
    [Range(0.1, 0.9)]
    public double DecreaseRatio { get; set; } = 0.5;

    /// <summary>
    /// Longest hold a Retry-After may impose on new requests; the same bound as the retry pipeline's
    /// <see cref="RetrySettings.MaxBackoff"/> default, since a longer wait belongs in a durable timer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxHold { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Learn a request rate from 429s and pace new starts to it (see the README of this folder). False keeps the
    /// concurrency limit only, where every 429 holds all new starts for its Retry-After.
    /// </summary>
    public bool Pacing { get; set; } = true;

    /// <summary>How long a window of answers lasts before the pace is judged (raised, or cut on 429s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PaceWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Factor applied to the rate the service let through when a window's 429s cut the pace.</summary>
    [Range(0.1, 0.99)]
    public double RateDecreaseRatio { get; set; } = 0.9;

    /// <summary>Share by which a window that used the whole pace without 429s raises it (at least one request per second).</summary>
    [Range(0.0, 1.0)]
    public double RateIncreaseRatio { get; set; } = 0.05;

    /// <summary>Floor of the pace, in requests per second.</summary>
    [Range(0.01, 100_000)]
    public double MinRate { get; set; } = 1;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Min > Max)
        {
            yield return new ValidationResult($"Concurrency:Min ({Min}) must not exceed Concurrency:Max ({Max}).", [nameof(Min), nameof(Max)]);
        }
        else if (Initial < Min || Initial > Max)
        {
            yield return new ValidationResult($"Concurrency:Initial ({Initial}) must lie between Concurrency:Min ({Min}) and Concurrency:Max ({Max}).", [nameof(Initial)]);
        }
    }

    /// <summary>Describes the settings (nothing secret).</summary>
    public override string ToString()
        => Enabled ? $"{Initial} in [{Min}, {Max}], x{DecreaseRatio} on 503" + (Pacing ? $", paced from the first 429 (x{RateDecreaseRatio}, +{RateIncreaseRatio:P0} per {PaceWindow.TotalSeconds:0.###} s)" : ", x" + DecreaseRatio + " on 429") : "off";
}
