using System.Net;
using Microsoft.DurableTask;
using Moq;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;

namespace TileDbWorkflows.Workflows.Tests.Unit;

/// <summary>The failure classes of activities, with the client mocked to answer exactly one status.</summary>
public sealed class ActivityMockTests
{
    private static readonly TaskActivityContext Context = new Mock<TaskActivityContext>().Object;

    private static TileDbCloudException Error(HttpStatusCode status) =>
        TileDbCloudException.FromResponse(status, $$"""{"code": 1, "message": "status {{(int)status}}", "request_id": "r"}""");

    private static Mock<ITileDbCloudClient> ClientWhereGetInfoThrows(HttpStatusCode status)
    {
        var arrays = new Mock<IArraysClient>();
        arrays.Setup(a => a.GetInfoAsync(It.IsAny<TileDbUri>(), It.IsAny<CancellationToken>())).ThrowsAsync(Error(status));
        var client = new Mock<ITileDbCloudClient>();
        client.SetupGet(c => c.Arrays).Returns(arrays.Object);
        return client;
    }

    [Fact]
    public async Task A_401_becomes_the_exception_orchestrators_do_not_retry()
    {
        var client = ClientWhereGetInfoThrows(HttpStatusCode.Unauthorized);
        var batch = new ArrayBatch("demo", [new ArraySpec { Name = "a", StorageUri = "s3://b/a" }], false, "arrays");

        var ex = await Assert.ThrowsAsync<TileDbCredentialsRejectedException>(() => new RegisterArraysActivity(client.Object).RunAsync(Context, batch));
        Assert.Contains("HTTP 401", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Transient_errors_mark_only_their_item_for_the_list_engine_to_retry(HttpStatusCode status)
    {
        // Issue 13: a transient error used to escape and repeat the whole batch; now it marks its pair alone, with the status.
        var client = ClientWhereGetInfoThrows(status);
        var batch = new ShareBatch("demo", [new ShareItem("a", "bob", ["read"])], false, false);

        var line = Assert.Single(await new ShareBatchActivity(client.Object).RunAsync(Context, batch));
        Assert.Equal(ItemOutcome.Retry, line.Outcome);
        Assert.StartsWith($"HTTP {(int)status}", line.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task Permanent_errors_fail_every_recipient_of_the_batch_with_the_reason(HttpStatusCode status)
    {
        var client = ClientWhereGetInfoThrows(status);
        var batch = new InvitationBatch(InvitationKind.Array, "tiledb://demo/a", ["read"], [], null, ["x", "y"], false);

        var results = await new SendInvitationsActivity(client.Object).RunAsync(Context, batch);

        Assert.All(results, r => Assert.Equal(ItemOutcome.Failed, r.Outcome));
        Assert.All(results, r => Assert.Equal($"HTTP {(int)status}: status {(int)status}", r.Reason));
    }

    [Fact]
    public void Explain_passes_workflow_failures_through_and_names_the_step_otherwise()
    {
        var inner = new TaskFailureDetails(typeof(WorkflowFailedException).FullName!, "the real reason", null, null, null);
        var wrapped = new TaskFailedException("Sub", 3, new TaskFailureDetails("Microsoft.DurableTask.TaskFailedException", "outer", null, inner, null));
        Assert.Equal("the real reason", Durable.Explain(wrapped, "step", 4).Message);

        var transient = new TaskFailedException("Act", 1, new TaskFailureDetails(typeof(TileDbCloudException).FullName!, "HTTP 503", null, null, null));
        Assert.Equal($"sharing still failed after 4 attempt(s), so the workflow stopped: {typeof(TileDbCloudException).FullName}: HTTP 503",
            Durable.Explain(transient, "sharing", 4).Message);
    }
}
