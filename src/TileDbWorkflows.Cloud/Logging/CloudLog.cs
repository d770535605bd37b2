using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Cloud.Logging;

/// <summary>
/// Every log line the client writes, source-generated so disabled levels cost nothing. Event ids are fixed
/// (1001-1099) so dashboards and alerts can key on them. Only method, path (never the query), status,
/// TileDB code, request id, origins and exception types are logged: never headers, tokens or passwords.
/// </summary>
internal static partial class CloudLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "TileDB Cloud {Method} {Path}: attempt {Attempt} failed with {Outcome}; retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string method, string path, int attempt, string outcome, double delayMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "TileDB Cloud {Method} {Path}: {Status} redirect from {FromOrigin} to {ToOrigin} followed and remembered for this path")]
    public static partial void RedirectFollowed(ILogger logger, string method, string path, int status, string fromOrigin, string toOrigin);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "TileDB Cloud {Method} {Path}: redirect limit of {MaxRedirects} reached; returning the {Status} answer")]
    public static partial void RedirectLimitReached(ILogger logger, string method, string path, int maxRedirects, int status);

    [LoggerMessage(EventId = 1004,
        Message = "TileDB Cloud {Method} {Path} failed: HTTP {Status}, TileDB code {ErrorCode}, request id {RequestId}")]
    public static partial void RequestFailed(ILogger logger, LogLevel level, string method, string path, int status, long? errorCode, string? requestId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "TileDB Cloud {Method} {Path} failed without an answer: {ExceptionType}")]
    public static partial void RequestError(ILogger logger, string method, string path, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning,
        Message = "TLS certificate verification is OFF for TileDB Cloud ({Source}): any certificate is accepted, so the connection can be intercepted")]
    public static partial void TlsVerificationDisabled(ILogger logger, string source);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug,
        Message = "TileDB Cloud concurrency {TokenKey}: limit {FromLimit} -> {ToLimit} after {Signal}; {InFlight} in flight")]
    public static partial void ConcurrencyChanged(ILogger logger, string tokenKey, int fromLimit, int toLimit, string signal, int inFlight);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug,
        Message = "TileDB Cloud concurrency {TokenKey}: new requests held until {Until:o} ({HoldMs} ms, Retry-After)")]
    public static partial void ConcurrencyHeld(ILogger logger, string tokenKey, DateTimeOffset until, double holdMs);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Debug,
        Message = "TileDB Cloud concurrency {TokenKey}: pace {FromRate} -> {ToRate} requests/s (from null: the first 429); up to {NoiseShare} of answers as 429s tolerated as the service's own noise")]
    public static partial void PaceChanged(ILogger logger, string tokenKey, double? fromRate, double toRate, double noiseShare);
}
