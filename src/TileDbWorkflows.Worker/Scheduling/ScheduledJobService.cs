using Azure;
using Azure.Storage.Blobs;
using Cronos;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Worker.Hosting;

namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// Runs <typeparamref name="TJob"/> on its cron schedule (UTC). Every process running the same job competes for
/// each occurrence through <see cref="OccurrenceClaims"/>; only the winner runs it. Occurrences missed while no
/// process was up are not replayed; after a stall only the latest due occurrence is attempted.
/// </summary>
internal sealed class ScheduledJobService<TJob> : BackgroundService
    where TJob : class, IScheduledJob
{
    // Task.Delay cannot wait longer than about 49 days; yearly schedules wait in steps.
    private static readonly TimeSpan MaxSingleWait = TimeSpan.FromDays(1);
    private static readonly TimeSpan ClaimRetryDelay = TimeSpan.FromSeconds(1);
    private const int ClaimAttempts = 3;

    private readonly string jobName;
    private readonly IServiceScopeFactory scopes;
    private readonly ScheduledJobOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly OccurrenceClaims claims;
    private long waitingForTicks;

    public ScheduledJobService(
        string jobName,
        IServiceScopeFactory scopes,
        IOptionsMonitor<ScheduledJobOptions> options,
        TimeProvider time,
        ILogger<ScheduledJobService<TJob>> logger)
    {
        this.jobName = jobName;
        this.scopes = scopes;
        this.options = options.Get(jobName);
        this.time = time;
        this.logger = logger;
        claims = new OccurrenceClaims(
            new BlobContainerClient(this.options.ConnectionString, this.options.ContainerName),
            WorkerIdentity.New());
    }

    /// <summary>
    /// The occurrence this service is waiting for, set only once its timer exists (so a test that advances fake
    /// time after seeing it cannot race the timer); null while claiming or running.
    /// </summary>
    internal DateTimeOffset? WaitingFor
    {
        get
        {
            var ticks = Interlocked.Read(ref waitingForTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cron = CronSchedule.Parse(options.Schedule);
        await claims.EnsureContainerAsync(stoppingToken).ConfigureAwait(false);

        // Strictly after "now": starting at 02:00:00.3 does not run the 02:00 occurrence late.
        var next = NextOccurrence(cron, time.GetUtcNow(), time.GetUtcNow());
        if (next is not null)
        {
            SchedulingLog.Scheduled(logger, jobName, options.Schedule, next.Value);
        }

        try
        {
            while (next is { } occurrence)
            {
                await WaitUntilAsync(occurrence, stoppingToken).ConfigureAwait(false);
                if (await ClaimAsync(occurrence, stoppingToken).ConfigureAwait(false))
                {
                    await RunAsync(occurrence, stoppingToken).ConfigureAwait(false);
                }
                next = NextOccurrence(cron, occurrence, time.GetUtcNow());
            }
            SchedulingLog.NoMoreOccurrences(logger, jobName, options.Schedule);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// The next occurrence after <paramref name="after"/>, skipping ahead to the latest one already due when the
    /// process fell behind (a long job, a paused VM): one catch-up run, not a burst.
    /// </summary>
    internal static DateTimeOffset? NextOccurrence(CronExpression cron, DateTimeOffset after, DateTimeOffset now)
    {
        var next = cron.GetNextOccurrence(after.UtcDateTime, TimeZoneInfo.Utc);
        while (next is { } candidate
            && cron.GetNextOccurrence(candidate, TimeZoneInfo.Utc) is { } following
            && following <= now.UtcDateTime)
        {
            next = following;
        }
        return next is null ? null : new DateTimeOffset(next.Value, TimeSpan.Zero);
    }

    private async Task WaitUntilAsync(DateTimeOffset occurrence, CancellationToken stoppingToken)
    {
        try
        {
            // Loop: a timer may fire a hair early, and long waits are split.
            while (time.GetUtcNow() < occurrence)
            {
                var remaining = occurrence - time.GetUtcNow();
                var wait = Task.Delay(remaining < MaxSingleWait ? remaining : MaxSingleWait, time, stoppingToken);
                Interlocked.Exchange(ref waitingForTicks, occurrence.UtcTicks);
                await wait.ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Exchange(ref waitingForTicks, 0);
        }
    }

    private async Task<bool> ClaimAsync(DateTimeOffset occurrence, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var won = await claims.TryClaimAsync(jobName, occurrence, stoppingToken).ConfigureAwait(false);
                if (won)
                {
                    SchedulingLog.Claimed(logger, jobName, occurrence);
                }
                else
                {
                    SchedulingLog.Lost(logger, jobName, occurrence);
                }
                return won;
            }
            // Azure.Core reports exhausted transport retries as AggregateException, service errors as RequestFailedException.
            catch (Exception ex) when (ex is RequestFailedException or AggregateException && attempt < ClaimAttempts)
            {
                // Storage hiccup: retry briefly. If storage stays down nobody can claim, and the occurrence is skipped.
                SchedulingLog.ClaimFailed(logger, ex, jobName, occurrence, attempt);
                await Task.Delay(ClaimRetryDelay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                SchedulingLog.ClaimFailed(logger, ex, jobName, occurrence, attempt);
                return false;
            }
        }
    }

    private async Task RunAsync(DateTimeOffset occurrence, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(occurrence, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed run must not stop the schedule; like a Functions timer, it waits for the next occurrence.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            SchedulingLog.Failed(logger, ex, jobName, occurrence);
        }
    }
}
