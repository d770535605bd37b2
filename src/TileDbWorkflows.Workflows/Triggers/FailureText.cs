using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// The reason a person reads on a failed workflow. Our own failures already say what happened in words, so their .NET
/// type stays out; any other type is an unexpected error, and its name comes after the message so a report to us says
/// what broke.
/// </summary>
public static class FailureText
{
    /// <summary>The type a backend gives when it kept only the message (Azure Storage keeps the reason in Output alone).</summary>
    public const string UnrecordedType = "OrchestrationFailed";

    private static readonly HashSet<string> Worded = new(StringComparer.Ordinal)
    {
        typeof(WorkflowFailedException).FullName!,
        typeof(TileDbCredentialsRejectedException).FullName!,
        UnrecordedType,
    };

    public static string Of(TaskFailureDetails failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Worded.Contains(failure.ErrorType) ? failure.ErrorMessage : $"{failure.ErrorMessage} ({failure.ErrorType})";
    }
}
