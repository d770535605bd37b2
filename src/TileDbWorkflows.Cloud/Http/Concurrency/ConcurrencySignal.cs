namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>What one attempt's outcome says about the service's capacity.</summary>
internal enum ConcurrencySignal
{
    /// <summary>No answer or a server fault unrelated to load (500, connection error, timeout): leave the limit alone.</summary>
    Neutral,

    /// <summary>The service answered (2xx-4xx other than 429): it had room.</summary>
    Success,

    /// <summary>429 or 503: the service is out of room for this token.</summary>
    Overload,
}
