using System.Text.Json;

namespace TileDbWorkflows.Emulator.State;

/// <summary>
/// A submitted SQL/UDF task. Its status is a pure function of the clock (submitted + queued + running),
/// so there is no background loop to race with, and a fake TimeProvider steps it deterministically.
/// </summary>
internal sealed class TaskRecord
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Namespace { get; init; }

    public required string Username { get; init; }

    public string? Name { get; init; }

    public string? SqlQuery { get; init; }

    public string? UdfCode { get; init; }

    public string? UdfLanguage { get; init; }

    public string? ResultFormat { get; init; }

    public string? ArrayId { get; init; }

    public string? ArrayUri { get; init; }

    public string? Region { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required TimeSpan Queued { get; init; }

    public required TimeSpan Running { get; init; }

    public required string Outcome { get; init; }

    public string? OutcomeMessage { get; init; }

    public JsonElement? Result { get; init; }

    public string StatusAt(DateTimeOffset now)
    {
        if (now < SubmittedAt + Queued)
        {
            return "QUEUED";
        }

        // Capacity shortage means the task never started.
        if (Outcome == "RESOURCES_UNAVAILABLE")
        {
            return Outcome;
        }

        return now < SubmittedAt + Queued + Running ? "RUNNING" : Outcome;
    }

    public DateTimeOffset? StartTimeAt(DateTimeOffset now) =>
        StatusAt(now) is "QUEUED" or "RESOURCES_UNAVAILABLE" ? null : SubmittedAt + Queued;

    public DateTimeOffset? FinishTimeAt(DateTimeOffset now) =>
        StatusAt(now) is "QUEUED" or "RUNNING" ? null : SubmittedAt + Queued + (Outcome == "RESOURCES_UNAVAILABLE" ? TimeSpan.Zero : Running);
}
