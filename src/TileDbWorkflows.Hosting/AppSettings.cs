namespace TileDbWorkflows.Hosting;

/// <summary>
/// Every app setting the Functions app reads, by the name it has in <c>local.settings.json</c> / the Function App's
/// configuration; the standalone worker reads the same names, so one settings file serves both hosts. Kept in one place
/// so a test can check each one is documented in <c>local.settings.sample.json</c>: code must read settings through
/// these constants (or <c>%Name%</c> binding expressions built from them).
/// </summary>
public static class AppSettings
{
    /// <summary>Storage for the Functions host, the timer's schedule monitor, the queues and the durable task hub.</summary>
    public const string AzureWebJobsStorage = nameof(AzureWebJobsStorage);

    /// <summary>Must be <c>dotnet-isolated</c>; read by the Functions host, not by our code, but required to start.</summary>
    public const string FunctionsWorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>Durable task hub name, read by <c>host.json</c> as <c>%TaskHubName%</c>.</summary>
    public const string TaskHubName = nameof(TaskHubName);

    /// <summary>NCRONTAB schedule (six fields, seconds first) of the nightly sweep, read as <c>%SweepSchedule%</c>.</summary>
    public const string SweepSchedule = nameof(SweepSchedule);

    /// <summary>02:00 UTC daily: the sample's <see cref="SweepSchedule"/>, which the worker uses when none is set.</summary>
    public const string DefaultSweepSchedule = "0 0 2 * * *";

    /// <summary>The queue of bulk invitation requests, read as <c>%BulkInvitationsQueue%</c>.</summary>
    public const string BulkInvitationsQueue = nameof(BulkInvitationsQueue);

    /// <summary>The sample's <see cref="BulkInvitationsQueue"/>, which the worker uses when none is set.</summary>
    public const string DefaultBulkInvitationsQueue = "bulk-invitations";

    /// <summary>Configuration section of the TileDB Cloud client (<c>TileDb__ServerAddress</c> and so on).</summary>
    public const string TileDbSection = "TileDb";

    public const string TileDbServerAddress = TileDbSection + "__ServerAddress";

    /// <summary>A Key Vault reference in production; never logged, never in the sample.</summary>
    public const string TileDbApiToken = TileDbSection + "__ApiToken";

    public const string TileDbRetryMode = TileDbSection + "__RetryMode";

    /// <summary>Optional: Application Insights is wired only when this is set.</summary>
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Azure only: the user-assigned identity of identity-based storage. Locally <see cref="AzureWebJobsStorage"/> is a
    /// connection string and this is unset, so it is documented in the sample but not given a value there.
    /// </summary>
    public const string AzureWebJobsStorageClientId = AzureWebJobsStorage + "__clientId";

    /// <summary>
    /// Sections the Workflows layer binds with defaults for every key (<c>Workflows__BatchSize</c>, <c>Sweep__ConnectionName</c>,
    /// ...): documented in the sample, set only to override.
    /// </summary>
    public static IReadOnlyList<string> OptionalSections { get; } = ["Workflows", "Sweep"];

    /// <summary>Settings read only in Azure; documented in the sample's comments instead of its values.</summary>
    public static IReadOnlyList<string> AzureOnly { get; } = [AzureWebJobsStorageClientId];

    /// <summary>Every setting above that a local run needs, for the sample-file test.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AzureWebJobsStorage,
        FunctionsWorkerRuntime,
        TaskHubName,
        SweepSchedule,
        BulkInvitationsQueue,
        TileDbServerAddress,
        TileDbApiToken,
        TileDbRetryMode,
        ApplicationInsightsConnectionString,
    ];

    /// <summary>The configuration key for a setting: <c>__</c> in an app setting name is the <c>:</c> section separator.</summary>
    public static string ConfigurationKey(string setting) => setting.Replace("__", ":", StringComparison.Ordinal);
}
