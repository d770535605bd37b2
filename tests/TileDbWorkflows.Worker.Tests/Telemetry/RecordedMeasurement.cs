namespace TileDbWorkflows.Worker.Tests.Telemetry;

internal sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
