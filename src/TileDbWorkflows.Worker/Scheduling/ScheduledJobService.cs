using Azure;
using Cronos;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Hosting.Scheduling;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Worker.Hosting;

namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// Runs <typeparamref name="TJob"/> on its cron schedule (UTC). Every process running the same job competes for
/// each occurrence through <see cref="OccurrenceClaims"/>; only the lease holder runs it, and an occurrence whose
/// claimant died is run by another process once the lease expires. At start, occurrences missed while no process
/// was up are caught up as <see cref="ScheduledJobOptions.CatchUp"/> says; after a stall within a running process
/// only the latest due occurrence is attempted.
/// </summary>
internal sealed class ScheduledJobService<TJob> : BackgroundService
    where TJob : class, IScheduledJob
{
    // Task.Delay cannot wait longer than about 49 days; yearly schedules wait in steps.
    private static readonly TimeSpan MaxSingleWait = TimeSpan.FromDays(1);
    private static readonly TimeSpan ClaimRetryDelay = TimeSpan.FromSeconds(1);
    private const int ClaimAttempts = 3;

    // Leases expire on the storage service's clock, so renewals and lease watching use real time even when the
    // schedule runs on a test's fake time.
    private static readonly TimeProvider LeaseClock = TimeProvider.System;

    private readonly string jobName;
    private readonly IServiceScopeFactory scopes;
    private readonly ScheduledJobOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly OccurrenceClaims claims;
    private readonly List<Task> watchers = [];
    private long waitingForTicks;

    public ScheduledJobService(
        string jobName,
        IServiceScopeFactory scopes,
        IOptionsMonitor<ScheduledJobOptions> options,
        StorageConnectionResolver connections,
        TimeProvider time,
        ILogger<ScheduledJobService<TJob>> logger)
    {
        this.jobName = jobName;
        this.scopes = scopes;
        this.options = options.Get(jobName);
        this.time = time;
        this.logger = logger;
        claims = new OccurrenceClaims(
            connections.Resolve(this.options.Connection, this.options.ConnectionString).CreateBlobContainerClient(this.options.ContainerName),
            WorkerIdentity.New(),
            this.options.LeaseDuration);
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

        try
        {
            await CatchUpAsync(cron, stoppingToken).ConfigureAwait(false);

            // Strictly after "now": starting at 02:00:00.3 does not run the 02:00 occurrence late.
            var next = NextOccurrence(cron, time.GetUtcNow(), time.GetUtcNow());
            if (next is not null)
            {
                SchedulingLog.Scheduled(logger, jobName, options.Schedule, next.Value);
            }

            while (next is { } occurrence)
            {
                await WaitUntilAsync(occurrence, stoppingToken).ConfigureAwait(false);
                await ClaimAndRunAsync(occurrence, stoppingToken).ConfigureAwait(false);
                next = NextOccurrence(cron, occurrence, time.GetUtcNow());
            }
            SchedulingLog.NoMoreOccurrences(logger, jobName, options.Schedule);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            Task[] pending;
            lock (watchers)
            {
                pending = [.. watchers];
            }
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Occurrences left unfinished by a claimant that died, then those nobody saw because no process ran, as the
    /// policy says. Only a schedule that ran before has missed anything: the first process ever starts fresh.
    /// </summary>
    private async Task CatchUpAsync(CronExpression cron, CancellationToken stoppingToken)
    {
        var seen = await claims.ListAsync(jobName, stoppingToken).ConfigureAwait(false);
        if (seen.Count == 0)
        {
            return;
        }
        foreach (var (occurrence, _) in seen.Where(s => !s.Completed).TakeLast(options.MaxCatchUp))
        {
            await ClaimAndRunAsync(occurrence, stoppingToken).ConfigureAwait(false);
        }

        var missed = Missed(cron, seen[^1].Occurrence, time.GetUtcNow(), options.CatchUp, options.MaxCatchUp);
        foreach (var occurrence in missed)
        {
            SchedulingLog.CatchingUp(logger, jobName, occurrence, options.CatchUp);
            await ClaimAndRunAsync(occurrence, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Occurrences after <paramref name="lastSeen"/> and not after <paramref name="now"/> that <paramref name="policy"/> runs, oldest first.</summary>
    internal static IReadOnlyList<DateTimeOffset> Missed(
        CronExpression cron, DateTimeOffset lastSeen, DateTimeOffset now, CatchUpPolicy policy, int maxCatchUp)
    {
        var keep = policy switch
        {
            CatchUpPolicy.None => 0,
            CatchUpPolicy.Latest => 1,
            _ => maxCatchUp,
        };
        var missed = new Queue<DateTimeOffset>();
        if (keep == 0 || now <= lastSeen)
        {
            return [];
        }
        // Lazily, keeping only the most recent: a per-second schedule down for a month must not be listed whole.
        foreach (var occurrence in cron.GetOccurrences(lastSeen.UtcDateTime, now.UtcDateTime, TimeZoneInfo.Utc, fromInclusive: false, toInclusive: true))
        {
            missed.Enqueue(new DateTimeOffset(occurrence, TimeSpan.Zero));
            if (missed.Count > keep)
            {
                missed.Dequeue();
            }
        }
        return [.. missed];
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

    /// <summary>Claims <paramref name="occurrence"/> and runs it; when another process holds it, watches its lease.</summary>
    private async Task ClaimAndRunAsync(DateTimeOffset occurrence, CancellationToken stoppingToken)
    {
        var (outcome, claim) = await ClaimAsync(occurrence, stoppingToken).ConfigureAwait(false);
        if (claim is not null)
        {
            await RunAsync(claim, stoppingToken).ConfigureAwait(false);
        }
        else if (outcome == ClaimOutcome.Held)
        {
            SchedulingLog.Watching(logger, jobName, occurrence);
            lock (watchers)
            {
                watchers.RemoveAll(w => w.IsCompleted);
                watchers.Add(WatchAsync(occurrence, stoppingToken));
            }
        }
    }

    /// <summary>
    /// Retries an occurrence another process holds until someone completes it: if the holder died, its lease expires
    /// and this process runs the occurrence (within a lease duration and a half of the death).
    /// </summary>
    private async Task WatchAsync(DateTimeOffset occurrence, CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.LeaseDuration / 2, LeaseClock, stoppingToken).ConfigureAwait(false);
                var (outcome, claim) = await ClaimAsync(occurrence, stoppingToken).ConfigureAwait(false);
                if (claim is not null)
                {
                    await RunAsync(claim, stoppingToken).ConfigureAwait(false);
                    return;
                }
                if (outcome == ClaimOutcome.Completed)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whoever is alive watches it instead.
        }
    }

    private async Task<(ClaimOutcome Outcome, OccurrenceClaim? Claim)> ClaimAsync(DateTimeOffset occurrence, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await claims.ClaimAsync(jobName, occurrence, stoppingToken).ConfigureAwait(false);
                if (result.Claim is not null)
                {
                    SchedulingLog.Claimed(logger, jobName, occurrence);
                }
                else
                {
                    SchedulingLog.Lost(logger, jobName, occurrence);
                }
                return result;
            }
            // Azure.Core reports exhausted transport retries as AggregateException, service errors as RequestFailedException.
            catch (Exception ex) when (ex is RequestFailedException or AggregateException && attempt < ClaimAttempts)
            {
                SchedulingLog.ClaimFailed(logger, ex, jobName, occurrence, attempt);
                await Task.Delay(ClaimRetryDelay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                // Storage stays down: nobody can claim. The occurrence's blob, if made, is caught up at the next start.
                SchedulingLog.ClaimFailed(logger, ex, jobName, occurrence, attempt);
                return (ClaimOutcome.Held, null);
            }
        }
    }

    private async Task RunAsync(OccurrenceClaim claim, CancellationToken stoppingToken)
    {
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewals = RenewUntilCancelledAsync(claim, renewing.Token);
        var handedBack = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(claim.Occurrence, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            handedBack = true;
        }
#pragma warning disable CA1031 // A failed run must not stop the schedule; like a Functions timer, it waits for the next occurrence.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            SchedulingLog.Failed(logger, ex, jobName, claim.Occurrence);
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewals.ConfigureAwait(false);
        }

        if (handedBack)
        {
            // Stopping mid-run: release without the mark, so a live process takes the occurrence now, not after the lease.
            SchedulingLog.HandedBack(logger, jobName, claim.Occurrence);
            await claims.AbandonAsync(claim, CancellationToken.None).ConfigureAwait(false);
            stoppingToken.ThrowIfCancellationRequested();
        }
        if (!await claims.CompleteAsync(claim, stoppingToken).ConfigureAwait(false))
        {
            SchedulingLog.ClaimLost(logger, jobName, claim.Occurrence);
        }
    }

    private async Task RenewUntilCancelledAsync(OccurrenceClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.LeaseDuration / 3, LeaseClock, cancellationToken).ConfigureAwait(false);
                try
                {
                    await claims.RenewAsync(claim, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is RequestFailedException or AggregateException)
                {
                    // Retried at the next interval; two more chances before the lease can expire.
                    SchedulingLog.ClaimFailed(logger, ex, jobName, claim.Occurrence, attempt: 0);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended or the process is stopping.
        }
    }
}
