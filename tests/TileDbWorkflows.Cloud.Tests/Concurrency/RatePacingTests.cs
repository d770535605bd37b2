using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cloud.Http.Concurrency;
using Xunit.Abstractions;

namespace TileDbWorkflows.Cloud.Tests.Concurrency;

/// <summary>
/// The limiter's rate pacing on fake time (issue 14): what it learns from 429s against a token-bucket service, and
/// that a service refusing a random share of calls does not drive it down. Every count here is of requests on the
/// fake clock; nothing measures real time.
/// </summary>
public sealed class RatePacingTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private static AdaptiveConcurrencyLimiter Create(FakeTimeProvider time, bool pacing = true)
        => new("test", new ConcurrencyOptions { Initial = 16, Max = 64, Pacing = pacing }, time);

    /// <summary>Completes one request at a time, <paramref name="gap"/> apart, refused or let through.</summary>
    private static async Task AnswerInTurnAsync(AdaptiveConcurrencyLimiter limiter, FakeTimeProvider time, int count, TimeSpan gap, bool refused = false)
    {
        for (var i = 0; i < count; i++)
        {
            var lease = await limiter.AcquireAsync(CancellationToken.None);
            time.Advance(gap);
            Complete(lease, refused);
        }
    }

    /// <summary>50 answers in a second, then a 429 with Retry-After 1 s: the pace becomes 0.9 of about 50.</summary>
    private static async Task LearnAPaceOfAbout45Async(AdaptiveConcurrencyLimiter limiter, FakeTimeProvider time)
    {
        await AnswerInTurnAsync(limiter, time, 50, TimeSpan.FromMilliseconds(20));
        Complete(await limiter.AcquireAsync(CancellationToken.None), refused: true, TimeSpan.FromSeconds(1));
    }

    private static void Complete(ConcurrencyLease lease, bool refused, TimeSpan? retryAfter = null)
    {
        if (refused)
        {
            lease.Complete(ConcurrencySignal.Overload, retryAfter ?? OneSecond, rateLimited: true, NullLogger.Instance);
        }
        else
        {
            lease.Complete(ConcurrencySignal.Success, null, rateLimited: false, NullLogger.Instance);
        }
    }

    /// <summary>
    /// Keeps <paramref name="demand"/> requests asking for a start for <paramref name="duration"/> of fake time; each
    /// request started is answered one step later with what <paramref name="refuse"/> says of it (its number).
    /// Returns the requests answered and how many of them were refused.
    /// </summary>
    private static async Task<(int Answered, int Refused)> RunAsync(
        AdaptiveConcurrencyLimiter limiter, FakeTimeProvider time, TimeSpan duration, Func<int, DateTimeOffset, bool> refuse, int demand = 16)
    {
        using var stop = new CancellationTokenSource();
        var asking = new List<Task<ConcurrencyLease>>();
        var running = new List<ConcurrencyLease>();
        var answered = 0;
        var refused = 0;
        var end = time.GetUtcNow() + duration;
        while (time.GetUtcNow() < end)
        {
            while (asking.Count < demand)
            {
                asking.Add(limiter.AcquireAsync(stop.Token).AsTask());
            }

            time.Advance(Step);
            foreach (var lease in running)
            {
                var no = refuse(++answered, time.GetUtcNow());
                refused += no ? 1 : 0;
                Complete(lease, no);
            }

            running.Clear();
            foreach (var started in asking.Where(t => t.IsCompletedSuccessfully).ToArray())
            {
                running.Add(await started);
                asking.Remove(started);
            }
        }

        // Requests still asking give up, and any granted meanwhile free their slots: the next run starts clean.
        await stop.CancelAsync();
        foreach (var started in asking)
        {
            if (await Task.WhenAny(started) == started && started.IsCompletedSuccessfully)
            {
                running.Add(await started);
            }
        }

        foreach (var lease in running)
        {
            lease.Dispose();
        }

        return (answered, refused);
    }

    /// <summary>The service's side: a token bucket of <paramref name="rate"/> per second and <paramref name="burst"/>, on the fake clock.</summary>
    private static Func<int, DateTimeOffset, bool> TokenBucket(double rate, int burst, DateTimeOffset start)
    {
        var tokens = (double)burst;
        var at = start;
        return (_, now) =>
        {
            tokens = Math.Min(burst, tokens + ((now - at).TotalSeconds * rate));
            at = now;
            if (tokens >= 1)
            {
                tokens -= 1;
                return false;
            }

            return true;
        };
    }

    [Fact]
    public async Task The_first_429_holds_for_its_retry_after_and_paces_at_what_the_service_let_through()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        await AnswerInTurnAsync(limiter, time, 50, TimeSpan.FromMilliseconds(20));
        Assert.Null(limiter.Rate);

        var refusedAt = time.GetUtcNow();
        Complete(await limiter.AcquireAsync(CancellationToken.None), refused: true, TimeSpan.FromSeconds(1));

        Assert.Equal(refusedAt.AddSeconds(1), limiter.HeldUntil);
        // 50 let through in the last second, less a tenth.
        Assert.InRange(limiter.Rate!.Value, 40, 50);
    }

    [Fact]
    public async Task Paced_starts_wait_for_the_bucket_even_with_free_slots()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        await LearnAPaceOfAbout45Async(limiter, time);
        var rate = limiter.Rate!.Value;
        time.Advance(OneSecond);

        var asks = Enumerable.Range(0, 8).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()).ToArray();

        // The bucket holds a tenth of a second of starts; the rest wait although 8 slots are free.
        var now = asks.Count(a => a.IsCompleted);
        Assert.Equal((int)Math.Floor(rate / 10), now);
        Assert.Equal(8 - now, limiter.Waiting);
        time.Advance(TimeSpan.FromSeconds(1.01 / rate));
        Assert.Equal(now + 1, asks.Count(a => a.IsCompleted));
        time.Advance(OneSecond);
        Assert.All(asks, a => Assert.True(a.IsCompletedSuccessfully));
        foreach (var ask in asks)
        {
            (await ask).Dispose();
        }
    }

    [Fact]
    public async Task The_pace_rises_each_window_that_used_it_all_without_a_429()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        await AnswerInTurnAsync(limiter, time, 20, TimeSpan.FromMilliseconds(50));
        Complete(await limiter.AcquireAsync(CancellationToken.None), refused: true, TimeSpan.FromSeconds(1));
        time.Advance(OneSecond);
        var learned = limiter.Rate!.Value;

        await RunAsync(limiter, time, TimeSpan.FromSeconds(10), (_, _) => false);

        // At least one request per second per window, and 5% compounding.
        Assert.True(limiter.Rate > learned + 8, $"pace {limiter.Rate} after 10 windows from {learned}");
    }

    [Fact]
    public async Task Demand_below_the_pace_does_not_raise_it()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        await LearnAPaceOfAbout45Async(limiter, time);
        time.Advance(OneSecond);
        var learned = limiter.Rate!.Value;

        // One request each 100 ms: a tenth of what the pace allows.
        await AnswerInTurnAsync(limiter, time, 100, TimeSpan.FromMilliseconds(100));

        Assert.Equal(learned, limiter.Rate);
    }

    [Theory]
    [InlineData(10)]
    // A burst of a whole second's rate: what a window lets through right after a pause reads as twice the rate.
    [InlineData(50)]
    public async Task Against_a_token_bucket_service_the_pace_finds_its_rate_with_few_429s(int burst)
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        var service = TokenBucket(rate: 50, burst: burst, time.GetUtcNow());

        var answered = 0;
        var refused = 0;
        for (var second = 0; second < 100; second++)
        {
            var (a, r) = await RunAsync(limiter, time, OneSecond, service);
            answered += a;
            refused += r;
        }

        var letThrough = answered - refused;
        output.WriteLine($"100 s against 50/s burst {burst}: {letThrough} let through ({letThrough / 100.0:0.0}/s), {refused} refused, pace at the end {limiter.Rate:0.0}/s, limit {limiter.Limit}");
        Assert.InRange(letThrough, (int)(0.85 * 50 * 100), (50 * 100) + burst);
        // About one per second of probing once found, plus those of finding it (more the bigger the service's burst).
        Assert.InRange(refused, 1, 150 + (3 * burst));
        Assert.InRange(limiter.Rate!.Value, 40, 60);
    }

    [Fact]
    public async Task A_tenth_of_429s_at_random_does_not_drive_the_pace_down()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);

        // Every tenth answer is a 429 whatever the pace: a fault mix, not a rate limit.
        var (first, _) = await RunAsync(limiter, time, TimeSpan.FromSeconds(10), (n, _) => n % 10 == 0);
        var early = limiter.Rate!.Value;
        var (last, refused) = await RunAsync(limiter, time, TimeSpan.FromSeconds(10), (n, _) => n % 10 == 0);

        output.WriteLine($"answers in the first 10 s {first}, in the next 10 s {last} ({refused} refused); pace {early:0.0} -> {limiter.Rate:0.0}/s");
        Assert.True(limiter.Rate >= early, $"pace fell from {early} to {limiter.Rate}");
        Assert.True(last >= first, $"{last} answers in the later 10 s against {first} in the first");
        // Only the first 429 (no pace known) held everyone.
        Assert.Null(limiter.HeldUntil);
    }

    [Fact]
    public async Task A_fault_mix_met_in_bursts_with_pauses_between_keeps_its_pace()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        var random = new Random(14);

        // Work comes in bursts (a chunk's batches, then a durable timer before its retries) and meets 20% 503s and
        // 10% 429s; the pauses must not read as a slow service, nor the 429s as a rate limit the pace is over.
        double? early = null;
        var answered = new List<int>();
        for (var burst = 0; burst < 20; burst++)
        {
            var (a, _) = await RunAsync(limiter, time, TimeSpan.FromSeconds(2), (_, _) => random.NextDouble() < 0.10, demand: 4);
            answered.Add(a);
            time.Advance(TimeSpan.FromSeconds(3));
            early ??= limiter.Rate;
        }

        output.WriteLine($"answers per 2 s burst: {string.Join(", ", answered)}; pace {early:0.0} -> {limiter.Rate:0.0}/s");
        Assert.True(limiter.Rate >= early, $"pace fell from {early} to {limiter.Rate}");
        // Four at a time, one step each: once the slow start has found there is no limit to find, hundreds per burst.
        Assert.All(answered.Skip(10), a => Assert.True(a >= 100, $"a burst got {a} answers through"));
    }

    [Fact]
    public async Task A_paced_429_holds_no_one_for_a_short_retry_after_but_everyone_for_a_long_one()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time);
        await LearnAPaceOfAbout45Async(limiter, time);
        time.Advance(TimeSpan.FromSeconds(1.5));

        Complete(await limiter.AcquireAsync(CancellationToken.None), refused: true, TimeSpan.FromSeconds(1));
        Assert.Null(limiter.HeldUntil);

        Complete(await limiter.AcquireAsync(CancellationToken.None), refused: true, TimeSpan.FromSeconds(30));
        Assert.Equal(time.GetUtcNow().AddSeconds(30), limiter.HeldUntil);
    }

    [Fact]
    public async Task With_pacing_off_a_429_holds_and_cuts_the_limit_as_before()
    {
        var time = new FakeTimeProvider();
        var limiter = Create(time, pacing: false);

        Complete(await limiter.AcquireAsync(CancellationToken.None), refused: true, TimeSpan.FromSeconds(1));

        Assert.Null(limiter.Rate);
        Assert.Equal(8, limiter.Limit);
        Assert.Equal(time.GetUtcNow().AddSeconds(1), limiter.HeldUntil);
    }
}
