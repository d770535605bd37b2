using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 15: a failed workflow's status read "TileDbWorkflows.Workflows.Common.WorkflowFailedException: ..." — a .NET
/// type name in front of the sentence a user reads. Our own failures show their words alone; an unexpected exception
/// keeps its type after the message.
/// </summary>
public sealed class FailureWithoutTypeNameTests
{
    [Fact]
    public void Our_own_failures_show_their_reason_without_a_type_name()
    {
        foreach (var type in new[] { typeof(WorkflowFailedException).FullName!, typeof(TileDbCredentialsRejectedException).FullName!, FailureText.UnrecordedType })
        {
            var status = WorkflowApi.ToStatus(Failed(type, "sharing still failed after 5 attempt(s)"), "http://localhost/api");

            Assert.Equal("sharing still failed after 5 attempt(s)", status.Failure);
        }
    }

    [Fact]
    public void An_unexpected_exception_keeps_its_type_after_the_message()
    {
        var status = WorkflowApi.ToStatus(Failed("System.InvalidOperationException", "boom"), "http://localhost/api");

        Assert.Equal("boom (System.InvalidOperationException)", status.Failure);
    }

    private static OrchestrationMetadata Failed(string errorType, string message) =>
        new("SharingOrchestrator", "sharing-1")
        {
            RuntimeStatus = OrchestrationRuntimeStatus.Failed,
            FailureDetails = new TaskFailureDetails(errorType, message, null, null, null),
        };
}
