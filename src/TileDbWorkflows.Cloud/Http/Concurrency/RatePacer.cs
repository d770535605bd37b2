namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>
/// The request rate a token's limiter learned from 429s, and the token bucket that paces starts to it.
/// <para>
/// Unpaced until the first 429: a concurrency limit alone cannot find a rate limit (on a fast link a few slots already
/// send far more than the service allows, and answers come in bursts between Retry-After holds). The first 429 sets the
/// pace to the answers of the last <see cref="ConcurrencyOptions.PaceWindow"/>, times
/// <see cref="ConcurrencyOptions.RateDecreaseRatio"/>. After that the pace is judged once per window (of at least
/// <see cref="MinAnswers"/> answers): a window whose share of 429s is above what the service refuses anyway cuts the
/// pace to the ratio times what it let through; a window that needed the whole pace and was not refused more than that
/// raises it by <see cref="ConcurrencyOptions.RateIncreaseRatio"/> (one request per second at least), so it keeps
/// probing upward as a congestion window does.
/// </para>
/// <para>
/// "What the service refuses anyway" is learned from the window after each cut: a real rate limit stops refusing once
/// the pace is below it (the cut goes below what it let through), so 429s that keep coming at the same share after a
/// cut are not about our rate (a random fault mix, another client's limit) and are tolerated, up to half as much again
/// (a quarter of all answers taken for noise at most). Without
/// that, a service that refuses a random tenth of its calls would drive the pace down to its floor. Answers to requests
/// started before the last cut are not counted: they saw the old pace. Not thread-safe: the limiter calls it under its
/// lock.
/// </para>
/// </summary>
internal sealed class RatePacer(ConcurrencyOptions options)
{
    /// <summary>Fewest answers a window must hold to judge the pace (a window waits for them: a share of 429s in fewer says little).</summary>
    public const int MinAnswers = 10;

    /// <summary>The most 429s taken for noise: a service refusing more than this whatever the pace gets a slower pace anyway.</summary>
    private const double MaxNoise = 0.25;

    /// <summary>A window refusing this share or more says the pace is far above the limit, whatever the noise.</summary>
    private const double FarAbove = 0.4;

    private readonly Queue<DateTimeOffset> _recent = new();
    private double _tokens;
    private DateTimeOffset _refilledAt;
    private DateTimeOffset _lastCut = DateTimeOffset.MinValue;
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _answers;
    private int _refused;
    private bool _bound;
    private double? _refusedShareAtCut;
    private double _noise;
    private bool _found;

    /// <summary>Paced starts per second, or null before the first 429 (starts are then not paced).</summary>
    public double? Rate { get; private set; }

    /// <summary>The share of 429s the service gives whatever the pace, as learned after cuts.</summary>
    public double Noise => _noise;

    /// <summary>Takes a start from the bucket, or says the pace is what holds the start back.</summary>
    public bool TryStart(DateTimeOffset now)
    {
        if (Rate is not { } rate)
        {
            return true;
        }

        Refill(now, rate);
        if (_tokens >= 1)
        {
            _tokens -= 1;
            return true;
        }

        _bound = true;
        return false;
    }

    /// <summary>How long until the bucket holds a start again (zero when unpaced or when one is there).</summary>
    public TimeSpan UntilNextStart(DateTimeOffset now)
    {
        if (Rate is not { } rate)
        {
            return TimeSpan.Zero;
        }

        Refill(now, rate);
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / rate);
    }

    /// <summary>
    /// Counts one answer to a request started at <paramref name="startedAt"/>: <paramref name="refused"/> for a 429,
    /// otherwise the service let it through (any other answer, 503 and 500 included). Returns the pace before and after.
    /// </summary>
    public (double? Before, double? After) Answered(bool refused, DateTimeOffset startedAt, DateTimeOffset now)
    {
        var before = Rate;
        Prune(now);
        _recent.Enqueue(now);

        if (startedAt <= _lastCut)
        {
            return (before, before);
        }

        if (_answers == 0)
        {
            // A window starts with its first answer: a Retry-After hold before it must not read as a slow service.
            _windowStart = now;
        }

        _answers++;
        if (refused)
        {
            _refused++;
        }

        if (Rate is null)
        {
            if (refused)
            {
                // What a burst after a quiet spell let through says little about the rate: this cut teaches no noise.
                Cut(now, RecentRate(now));
                _refusedShareAtCut = null;
            }
        }
        else if (now - _windowStart >= options.PaceWindow && _answers >= MinAnswers)
        {
            Judge(now, Rate.Value);
        }

        return (before, Rate);
    }

    private void Judge(DateTimeOffset now, double rate)
    {
        var share = (double)_refused / _answers;
        if (_refusedShareAtCut is { } atCut)
        {
            // The first window after a cut: did the cut stop the 429s?
            // Capped: a cut that did not go deep enough (what a window let through includes the service's burst)
            // must not teach that most 429s are noise, or the pace would climb on them.
            var helped = share < atCut / 2;
            _noise = helped ? Math.Min(_noise, share) : Math.Min(MaxNoise, Math.Max(_noise, share));
            _found |= helped;
            _refusedShareAtCut = null;
        }
        else if (share < _noise)
        {
            _noise = Math.Max(share, _noise * 0.9);
        }

        var tolerated = _noise * 1.5;
        if (_refused > 0 && (share > tolerated || share >= FarAbove))
        {
            // What the window let through measures the service only if demand filled the pace; a window stretched by
            // pauses measures the pauses, and the pace itself is the better bound.
            var span = (now - _windowStart).TotalSeconds;
            var letThrough = _bound && span <= options.PaceWindow.TotalSeconds * 1.5
                ? (_answers - _refused) / Math.Max(span, options.PaceWindow.TotalSeconds / 10)
                : rate;
            // Half the pace at most: a window's measure is noisy, and the next window cuts again if it must.
            Cut(now, Math.Max(rate / 2, Math.Min(rate, letThrough)), share);
            return;
        }

        if (_bound)
        {
            // Until a cut has shown that the service's 429s answer our rate, the pace doubles (as a slow start does):
            // a pace set from a few answers, or 429s that are noise, must not cost minutes of slow climbing.
            Rate = _found ? rate + Math.Max(1, rate * options.RateIncreaseRatio) : rate * 2;
        }

        StartWindow(now);
    }

    private void Cut(DateTimeOffset now, double letThrough, double? share = null)
    {
        Rate = Math.Max(options.MinRate, options.RateDecreaseRatio * letThrough);
        _refusedShareAtCut = share;
        _lastCut = now;
        // The service's own bucket is empty now: the pace restarts from nothing, not from what was saved up.
        _tokens = 0;
        _refilledAt = now;
        StartWindow(now);
    }

    private void StartWindow(DateTimeOffset now)
    {
        _windowStart = now;
        _answers = 0;
        _refused = 0;
        _bound = false;
    }

    /// <summary>Answers per second in the window before the first 429, that one included.</summary>
    private double RecentRate(DateTimeOffset now)
    {
        // A burst after a quiet spell must not read as thousands per second: a tenth of the window at least.
        // Over the whole window, even when the answers came in a fraction of it: a service's burst after a quiet
        // spell, read over its own span, would look like many times its rate. A 429 among the first few answers says
        // little about how many the service takes: no less than a window's evidence (then the slow start finds it).
        return Math.Max(_recent.Count, MinAnswers) / options.PaceWindow.TotalSeconds;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_recent.TryPeek(out var oldest) && now - oldest > options.PaceWindow)
        {
            _recent.Dequeue();
        }
    }

    private void Refill(DateTimeOffset now, double rate)
    {
        // A tenth of a second of starts at most: enough to keep slots busy, too little to overrun the service's bucket.
        var capacity = Math.Max(1, rate / 10);
        _tokens = Math.Min(capacity, _tokens + ((now - _refilledAt).TotalSeconds * rate));
        _refilledAt = now;
    }
}
