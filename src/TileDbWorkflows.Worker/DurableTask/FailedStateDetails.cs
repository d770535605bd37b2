using DurableTask.Core;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Gives a Failed state read from the Azure Storage provider back the failure details the provider dropped. The
/// provider writes the failure into the Instances table's Output (the sidecar's completion carries the reason there)
/// and never fills <see cref="OrchestrationState.FailureDetails"/> when reading, so callers saw Failed with no reason.
/// Only the message survives in that column: the exception type and stack trace live in the History table alone,
/// and reading a whole history to recover a type name is not worth it on every status read.
/// </summary>
internal static class FailedStateDetails
{
    /// <summary>The error type given when only the message is known.</summary>
    public const string UnknownErrorType = FailureText.UnrecordedType;

    public static OrchestrationState Restore(OrchestrationState state)
    {
        if (state is { OrchestrationStatus: OrchestrationStatus.Failed, FailureDetails: null, Output: { Length: > 0 } output })
        {
            state.FailureDetails = new FailureDetails(UnknownErrorType, output, stackTrace: null, innerFailure: null, isNonRetriable: false);
        }
        return state;
    }

    public static TStates Restore<TStates>(TStates states)
        where TStates : IEnumerable<OrchestrationState>
    {
        foreach (var state in states)
        {
            if (state is not null)
            {
                Restore(state);
            }
        }
        return states;
    }
}
