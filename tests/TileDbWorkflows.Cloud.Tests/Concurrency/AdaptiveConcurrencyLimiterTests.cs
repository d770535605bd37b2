using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cloud.Http.Concurrency;

namespace TileDbWorkflows.Cloud.Tests.Concurrency;

/// <summary>The limiter itself on fake time: what each signal does to the limit, the floor, the ceiling and holds.</summary>
public sealed class AdaptiveConcurrencyLimiterTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static AdaptiveConcurrencyLimiter Create(FakeTimeProvider time, int initial = 4, int min = 1, int max = 64)
        => new("test", new ConcurrencyOptions { Initial = initial, Min = min, Max = max }, time);

    private static async Task<List<ConcurrencyLease>> TakeAsync(AdaptiveConcurrencyLimiter limiter, int count)
    {
        var leases = new List<ConcurrencyLease>();
        for (var i = 0; i < count; i++)
        {
            leases.Add(await limiter.AcquireAsync(CancellationToken.None));
        }

        return leases;
    }

    /// <summary>Keeps every slot busy (demand above the limit) while <paramref name="successes"/> calls succeed.</summary>
    private static async Task SucceedAtFullLoadAsync(AdaptiveConcurrencyLimiter limiter, int successes)
    {
        var running = new Queue<ConcurrencyLease>();
        for (var i = 0; i < successes; i++)
        {
            while (running.Count < limiter.Limit)
            {
                running.Enqueue(await limiter.AcquireAsync(CancellationToken.None));
            }

            running.Dequeue().Complete(ConcurrencySignal.Success, null, NullLogger.Instance);
        }

        while (running.TryDequeue(out var lease))
        {
            lease.Dispose();
        }
    }

    private static void CompleteAll(IEnumerable<ConcurrencyLease> leases, ConcurrencySignal signal, TimeSpan? retryAfter = null)
    {
        foreach (var lease in leases)
        {
            lease.Complete(signal, retryAfter, NullLogger.Instance);
        }
    }

    [Fact]
    public async Task The_limit_rises_by_one_per_window_of_successes()
    {
        var limiter = Create(new FakeTimeProvider(), initial: 4);

        await SucceedAtFullLoadAsync(limiter, 4);
        Assert.Equal(5, limiter.Limit);

        await SucceedAtFullLoadAsync(limiter, 5 + 6 + 7 + 8 + 9);
        Assert.Equal(10, limiter.Limit);
        Assert.Equal(0, limiter.InFlight);
    }

    [Fact]
    public async Task Successes_while_most_slots_are_idle_do_not_raise_the_limit()
    {
        var limiter = Create(new FakeTimeProvider(), initial: 8);

        for (var i = 0; i < 50; i++)
        {
            CompleteAll(await TakeAsync(limiter, 1), ConcurrencySignal.Success);
        }

        Assert.Equal(8, limiter.Limit);
    }

    [Fact]
    public async Task An_overload_halves_the_limit_once_per_window()
    {
        var limiter = Create(new FakeTimeProvider(), initial: 8);
        var window = await TakeAsync(limiter, 8);

        // Every request of the window was refused: one cut, since they all saw the same pressure.
        CompleteAll(window, ConcurrencySignal.Overload);
        Assert.Equal(4, limiter.Limit);

        // A request started after the cut that is refused again cuts again.
        CompleteAll(await TakeAsync(limiter, 1), ConcurrencySignal.Overload);
        Assert.Equal(2, limiter.Limit);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, nameof(ConcurrencySignal.Overload))]
    [InlineData(HttpStatusCode.ServiceUnavailable, nameof(ConcurrencySignal.Overload))]
    [InlineData(HttpStatusCode.OK, nameof(ConcurrencySignal.Success))]
    [InlineData(HttpStatusCode.NotFound, nameof(ConcurrencySignal.Success))]
    [InlineData(HttpStatusCode.InternalServerError, nameof(ConcurrencySignal.Neutral))]
    public void Answers_are_classified_by_what_they_say_about_capacity(HttpStatusCode status, string expected)
    {
        using var response = new HttpResponseMessage(status);
        Assert.Equal(expected, ClientConcurrency.Classify(response, new FakeTimeProvider()).Signal.ToString());
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.TryAddWithoutValidation("Retry-After", time.GetUtcNow().AddSeconds(30).ToString("R"));

        Assert.Equal(TimeSpan.FromSeconds(7), ClientConcurrency.Classify(seconds, time).RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(30), ClientConcurrency.Classify(date, time).RetryAfter);
    }

    [Fact]
    public async Task Retry_after_holds_every_new_start_until_its_moment()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time, initial: 4);
        var refused = await TakeAsync(limiter, 1);
        var stillRunning = await TakeAsync(limiter, 1);
        var refusedAt = time.GetUtcNow();

        CompleteAll(refused, ConcurrencySignal.Overload, TimeSpan.FromSeconds(10));
        Assert.Equal(refusedAt.AddSeconds(10), limiter.HeldUntil);

        // The limit (2) has a free slot, yet the hold keeps the next start waiting.
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(next.IsCompleted);
        Assert.Equal(1, limiter.Waiting);
        Assert.Equal(1, limiter.InFlight);

        time.Advance(TimeSpan.FromSeconds(0.1));
        var lease = await next.WaitAsync(Deadline);
        Assert.Null(limiter.HeldUntil);
        Assert.Equal(2, limiter.InFlight);
        CompleteAll([lease, .. stillRunning], ConcurrencySignal.Success);
    }

    [Fact]
    public async Task A_hold_is_capped_by_max_hold()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveConcurrencyLimiter("test", new ConcurrencyOptions { MaxHold = TimeSpan.FromSeconds(5) }, time);

        CompleteAll(await TakeAsync(limiter, 1), ConcurrencySignal.Overload, TimeSpan.FromHours(1));

        Assert.Equal(time.GetUtcNow().AddSeconds(5), limiter.HeldUntil);
    }

    [Fact]
    public async Task The_limit_never_leaves_the_floor_and_ceiling()
    {
        var limiter = Create(new FakeTimeProvider(), initial: 3, min: 2, max: 5);

        for (var i = 0; i < 10; i++)
        {
            CompleteAll(await TakeAsync(limiter, 1), ConcurrencySignal.Overload);
            Assert.InRange(limiter.Limit, 2, 5);
        }

        Assert.Equal(2, limiter.Limit);

        for (var i = 0; i < 20; i++)
        {
            await SucceedAtFullLoadAsync(limiter, 5);
            Assert.InRange(limiter.Limit, 2, 5);
        }

        Assert.Equal(5, limiter.Limit);
    }

    [Fact]
    public async Task Requests_beyond_the_limit_wait_in_order_for_a_free_slot()
    {
        var limiter = Create(new FakeTimeProvider(), initial: 2, min: 2, max: 2);
        var running = await TakeAsync(limiter, 2);
        var third = limiter.AcquireAsync(CancellationToken.None).AsTask();
        var fourth = limiter.AcquireAsync(CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        Assert.Equal(2, limiter.Waiting);

        running[0].Complete(ConcurrencySignal.Success, null, NullLogger.Instance);
        var granted = await third.WaitAsync(Deadline);
        Assert.False(fourth.IsCompleted);

        granted.Dispose();
        CompleteAll([await fourth.WaitAsync(Deadline), running[1]], ConcurrencySignal.Success);
        Assert.Equal(0, limiter.InFlight);
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_and_takes_no_slot()
    {
        var limiter = Create(new FakeTimeProvider(), initial: 1, min: 1, max: 1);
        var running = await TakeAsync(limiter, 1);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Deadline));
        Assert.Equal(0, limiter.Waiting);
        CompleteAll(running, ConcurrencySignal.Success);
        Assert.Equal(0, limiter.InFlight);
        using var again = await limiter.AcquireAsync(CancellationToken.None).AsTask().WaitAsync(Deadline);
        Assert.Equal(1, limiter.InFlight);
    }
}
