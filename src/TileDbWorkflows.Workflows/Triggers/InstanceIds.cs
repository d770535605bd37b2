using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// Instance ids come from the request (idempotency key, request id, schedule occurrence), so a repeated start
/// finds the instance it already made instead of starting a second one.
/// </summary>
public static partial class InstanceIds
{
    public const string Onboarding = "onboarding";
    public const string Sweep = "sweep";
    public const string ScheduledSweep = "sweep-at";
    public const string Invitations = "invitations";
    public const string Sharing = "sharing";
    public const string Files = "files";
    public const string Tasks = "tasks";
    public const string Plan = "plan";
    public const string Apply = "apply";

    /// <summary>Keys that are safe as-is in every backend's table keys and in a URL path segment.</summary>
    public static bool IsSafeKey(string? key) => key is not null && SafeKey().IsMatch(key);

    /// <summary>The instance id for a request with an optional idempotency key; a fresh id without one.</summary>
    public static string For(string prefix, string? idempotencyKey) =>
        string.IsNullOrWhiteSpace(idempotencyKey)
            ? $"{prefix}-{NewId()}"
            : $"{prefix}-{Normalize(idempotencyKey)}";

    // The seam for keyless starts: a start without a key is a new workflow by contract, so its id is random.
#pragma warning disable RS0030
    private static string NewId() => Guid.NewGuid().ToString("N");
#pragma warning restore RS0030

    /// <summary>The usual start's instance id: the prefix and the request's <c>Idempotency-Key</c>, a fresh id without one.</summary>
    public static Func<object, ApiRequest, string> ByIdempotencyKey(string prefix) =>
        (_, request) => For(prefix, request.IdempotencyKey);

    /// <summary>One instance per schedule occurrence, to the second, in UTC.</summary>
    public static string ForOccurrence(DateTimeOffset occurrence) =>
        $"{ScheduledSweep}-{occurrence.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";

    private static string Normalize(string key)
    {
        if (IsSafeKey(key))
        {
            return key;
        }
        // Unsafe or long keys still map to one stable id: hash rather than reject, since the key is the caller's.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "k" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SafeKey();
}
