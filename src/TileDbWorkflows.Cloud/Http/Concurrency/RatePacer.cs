namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>
/// The request rate a token's limiter learned from 429s, and the token bucket that paces starts to it.
/// <para>
/// Unpaced until the first 429: a concurrency limit alone cannot find a rate limit (on a fast link a few slots already
/// send far more than the service allows, and answers come in bursts between Retry-After holds). The first 429 sets the
/// pace to what the service let through in the last <see cref="ConcurrencyOptions.PaceWindow"/>, times
/// <see cref="ConcurrencyOptions.RateDecreaseRatio"/>. After that the pace is judged once per window (of at least
/// <see cref="MinAnswers"/> answers): a window whose share of 429s is above what the service refuses anyway cuts the
/// pace to the ratio times what it let through; a window that needed the whole pace and was not refused more than that
/// raises it by <see cref="ConcurrencyOptions.RateIncreaseRatio"/> (one request per second at least), so it keeps
/// probing upward as a congestion window does.
/// </para>
/// <para>
/// "What the service refuses anyway" is learned from the window after each cut: a real rate limit stops refusing once
/// the pace is below it (the cut goes below what it let through), so 429s that keep coming at the same share are not
/// about our rate (a random fault mix, another client's limit) and are tolerated, up to half as much again. Without
/// that, a service that refuses a random tenth of its calls would drive the pace down to its floor. Answers to requests
/// started before the last cut are not counted: they saw the old pace. Not thread-safe: the limiter calls it under its
/// lock.
/// </para>
/// </summary>
internal sealed class RatePacer(ConcurrencyOptions options)
{
    /// <summary>Fewest answers a window must hold to judge the pace (a window waits for them; half a window's pace when that is fewer).</summary>
    public const int MinAnswers = 10;

    /// <summary>A window refusing this share or more says the pace is far above the limit, whatever the noise.</summary>
    private const double FarAbove = 0.4;

    private readonly Queue<DateTimeOffset> _letThrough = new();
    private double _tokens;
    private DateTimeOffset _refilledAt;
    private DateTimeOffset _lastCut = DateTimeOffset.MinValue;
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _answers;
    private int _refused;
    private bool _bound;
    private double? _refusedShareAtCut;
    private double _noise;

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
        if (!refused)
        {
            _letThrough.Enqueue(now);
        }

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
                Cut(now, LetThroughRate(now));
                _refusedShareAtCut = null;
            }
        }
        else if (now - _windowStart >= options.PaceWindow && _answers >= Math.Min(MinAnswers, Math.Max(1, (int)(Rate.Value * options.PaceWindow.TotalSeconds / 2))))
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
            _noise = share >= atCut / 2 ? Math.Max(_noise, share) : Math.Min(_noise, share);
            _refusedShareAtCut = null;
        }
        else if (share < _noise)
        {
            _noise = Math.Max(share, _noise * 0.9);
        }

        var tolerated = _noise * 1.5;
        if (_refused > 0 && (share > tolerated || share >= FarAbove))
        {
            var letThrough = (_answers - _refused) / Math.Max((now - _windowStart).TotalSeconds, options.PaceWindow.TotalSeconds / 10);
            Cut(now, Math.Min(rate, letThrough), share);
            return;
        }

        if (_bound)
        {
            Rate = rate + Math.Max(1, rate * options.RateIncreaseRatio);
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

    /// <summary>Answers the service let through per second before the first 429 (over a shorter span if it is all there is).</summary>
    private double LetThroughRate(DateTimeOffset now)
    {
        if (_letThrough.Count == 0)
        {
            return options.MinRate;
        }

        // A burst after a quiet spell must not read as thousands per second: a tenth of the window at least.
        var window = options.PaceWindow.TotalSeconds;
        var span = Math.Clamp((now - _letThrough.Peek()).TotalSeconds, window / 10, window);
        return _letThrough.Count / span;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_letThrough.TryPeek(out var oldest) && now - oldest > options.PaceWindow)
        {
            _letThrough.Dequeue();
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
