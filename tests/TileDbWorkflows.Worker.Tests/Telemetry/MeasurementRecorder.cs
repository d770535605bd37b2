using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>Collects every measurement of the <c>TileDbWorkflows</c> meter while it lives (listeners are process-wide).</summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener listener = new();

    public MeasurementRecorder()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "TileDbWorkflows")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        listener.Start();
    }

    public ConcurrentQueue<RecordedMeasurement> Measurements { get; } = new();

    /// <summary>Polls the observable gauges once.</summary>
    public void Observe() => listener.RecordObservableInstruments();

    public IEnumerable<RecordedMeasurement> Of(string instrument, string tag, string value) =>
        Measurements.Where(m => m.Instrument == instrument && m.Tags.TryGetValue(tag, out var v) && Equals(v, value));

    public void Dispose() => listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = tagValue;
        }
        Measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, copy));
    }
}
