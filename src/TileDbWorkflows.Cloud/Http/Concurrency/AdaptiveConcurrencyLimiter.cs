using Microsoft.Extensions.Logging;
using TileDbWorkflows.Cloud.Logging;

namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>
/// AIMD limit on requests in flight for one token. Each window of <c>limit</c> successes adds one (as TCP congestion
/// avoidance does), counting only successes while the limit is in use (at least half the slots taken: a client that
/// sends one request at a time learns nothing about the service's room for eight); an
/// overload multiplies it by <see cref="ConcurrencyOptions.DecreaseRatio"/>, once per window: answers to requests that
/// started before the last cut were already counted by it, so a burst of 429s cuts once, not once per request. A
/// Retry-After holds every new start until its moment; requests already in flight finish. Waiters start in arrival
/// order. Time comes from the injected clock, so a fake clock drives holds in tests.
/// A 429 is a rate limit: with <see cref="ConcurrencyOptions.Pacing"/> on it also
/// teaches the <see cref="RatePacer"/> a rate, which new starts then also wait for. Only the first 429 (no
/// pace known yet) and a Retry-After longer than a pace window hold every start; a paced 429's own request waits out
/// its Retry-After in the retry pipeline, and the rest go on at the pace.
/// </summary>
internal sealed class AdaptiveConcurrencyLimiter : IConcurrencyGauge
{
    private readonly Lock _gate = new();
    private readonly ConcurrencyOptions _options;
    private readonly TimeProvider _time;
    private readonly LinkedList<Waiter> _waiters = new();
    private int _limit;
    private int _successes;
    private int _inFlight;
    private long _epoch;
    private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;
    private ITimer? _holdTimer;
    private readonly RatePacer? _pacer;
    private ITimer? _paceTimer;
    private bool _paceTimerSet;

    public AdaptiveConcurrencyLimiter(string key, ConcurrencyOptions options, TimeProvider time)
    {
        Key = key;
        _options = options;
        _time = time;
        _limit = Math.Clamp(options.Initial, options.Min, options.Max);
        _pacer = options.Pacing ? new RatePacer(options) : null;
    }

    public string Key { get; }

    public int Limit
    {
        get
        {
            lock (_gate)
            {
                return Slots;
            }
        }
    }

    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    public DateTimeOffset? HeldUntil
    {
        get
        {
            lock (_gate)
            {
                return IsHeld(_time.GetUtcNow()) ? _heldUntil : null;
            }
        }
    }

    public double? Rate
    {
        get
        {
            lock (_gate)
            {
                return _pacer?.Rate;
            }
        }
    }

    private int Slots => _limit;

    /// <summary>Waits for a slot (and for any Retry-After hold to end); the lease frees it.</summary>
    public ValueTask<ConcurrencyLease> AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_waiters.Count == 0 && _inFlight < Slots && !IsHeld(now) && (_pacer is null || _pacer.TryStart(now)))
            {
                _inFlight++;
                return ValueTask.FromResult(new ConcurrencyLease(this, _epoch, now));
            }

            waiter = new Waiter();
            waiter.Node = _waiters.AddLast(waiter);
            if (_inFlight < Slots && !IsHeld(now))
            {
                // A free slot and no hold: the pace is what it waits for.
                SchedulePaceLocked(now);
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(
                static state =>
                {
                    var (limiter, w) = ((AdaptiveConcurrencyLimiter, Waiter))state!;
                    limiter.Cancel(w);
                },
                (this, waiter));
        }

        return new ValueTask<ConcurrencyLease>(waiter.Granted.Task);
    }

    internal void Release(ConcurrencyLease lease, ConcurrencySignal signal, TimeSpan? retryAfter, bool rateLimited, ILogger logger)
    {
        List<(Waiter, ConcurrencyLease)> granted;
        lock (_gate)
        {
            var before = Slots;
            var busy = _inFlight;
            _inFlight--;
            var now = _time.GetUtcNow();
            var paced = _pacer is not null && rateLimited && signal == ConcurrencySignal.Overload;
            if (_pacer is not null && signal != ConcurrencySignal.Neutral)
            {
                var (fromRate, toRate) = _pacer.Answered(paced, lease.StartedAt, now);
                if (fromRate != toRate && toRate is { } rate)
                {
                    CloudLog.PaceChanged(logger, Key, fromRate, rate, _pacer.Noise * 1.5);
                }

                // Only the 429 that found no pace yet, or one asking for a pause longer than a window, holds everyone.
                if (paced && retryAfter is { } wait && wait > TimeSpan.Zero && (fromRate is null || wait > _options.PaceWindow))
                {
                    Hold(wait > _options.MaxHold ? _options.MaxHold : wait, logger);
                }
            }

            if (signal == ConcurrencySignal.Success && busy * 2 >= before && ++_successes >= _limit)
            {
                _successes = 0;
                _limit = Math.Min(_options.Max, _limit + 1);
            }
            else if (signal == ConcurrencySignal.Overload)
            {
                // A 429 cuts the slots too (once per window, as before), but with a pace its hold is the pace's call.
                if (lease.Epoch == _epoch)
                {
                    _limit = Math.Max(_options.Min, (int)Math.Floor(_limit * _options.DecreaseRatio));
                    _successes = 0;
                    _epoch++;
                }

                if (!paced && retryAfter is { } wait && wait > TimeSpan.Zero)
                {
                    Hold(wait > _options.MaxHold ? _options.MaxHold : wait, logger);
                }
            }

            if (Slots != before)
            {
                CloudLog.ConcurrencyChanged(logger, Key, before, Slots, signal == ConcurrencySignal.Overload ? "429/503" : "success", _inFlight);
            }

            granted = GrantLocked();
        }

        Complete(granted);
    }

    private bool IsHeld(DateTimeOffset now) => now < _heldUntil;

    private void Hold(TimeSpan wait, ILogger logger)
    {
        var until = _time.GetUtcNow() + wait;
        if (until <= _heldUntil)
        {
            return;
        }

        _heldUntil = until;
        _holdTimer?.Dispose();
        _holdTimer = _time.CreateTimer(static state => ((AdaptiveConcurrencyLimiter)state!).OnHoldEnded(), this, wait, Timeout.InfiniteTimeSpan);
        CloudLog.ConcurrencyHeld(logger, Key, until, wait.TotalMilliseconds);
    }

    private void OnHoldEnded()
    {
        List<(Waiter, ConcurrencyLease)> granted;
        lock (_gate)
        {
            // A clock read a hair before the moment must not strand the waiters: wait out the rest.
            var left = _heldUntil - _time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                _holdTimer?.Change(left, Timeout.InfiniteTimeSpan);
                return;
            }

            granted = GrantLocked();
        }

        Complete(granted);
    }

    private void Cancel(Waiter waiter)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _waiters.Remove(waiter.Node);
        }

        waiter.Granted.TrySetCanceled();
    }

    private List<(Waiter, ConcurrencyLease)> GrantLocked()
    {
        var granted = new List<(Waiter, ConcurrencyLease)>();
        if (IsHeld(_time.GetUtcNow()))
        {
            return granted;
        }

        var now = _time.GetUtcNow();
        while (_waiters.First is { } first && _inFlight < Slots)
        {
            if (_pacer is not null && !_pacer.TryStart(now))
            {
                SchedulePaceLocked(now);
                break;
            }

            _waiters.RemoveFirst();
            _inFlight++;
            granted.Add((first.Value, new ConcurrencyLease(this, _epoch, now)));
        }

        return granted;
    }

    /// <summary>Wakes the queue when the pace's bucket holds the next start (one timer, re-armed as needed).</summary>
    private void SchedulePaceLocked(DateTimeOffset now)
    {
        if (_pacer is null || _paceTimerSet)
        {
            return;
        }

        var wait = _pacer.UntilNextStart(now);
        if (wait <= TimeSpan.Zero)
        {
            wait = TimeSpan.FromTicks(1);
        }

        _paceTimerSet = true;
        _paceTimer ??= _time.CreateTimer(static state => ((AdaptiveConcurrencyLimiter)state!).OnPaceTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _paceTimer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private void OnPaceTick()
    {
        List<(Waiter, ConcurrencyLease)> granted;
        lock (_gate)
        {
            _paceTimerSet = false;
            granted = GrantLocked();
        }

        Complete(granted);
    }

    // Outside the lock: a granted waiter's continuation runs asynchronously, but its cancellation registration is
    // disposed here and must not wait on a callback that is itself waiting for the lock.
    private static void Complete(List<(Waiter Waiter, ConcurrencyLease Lease)> granted)
    {
        foreach (var (waiter, lease) in granted)
        {
            waiter.Cancellation.Dispose();
            if (!waiter.Granted.TrySetResult(lease))
            {
                lease.Dispose();
            }
        }
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<ConcurrencyLease> Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }
    }
}
