using System.Net;
using System.Text.Json;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Tests.Api;

public sealed class WorkflowApiStatusTests
{
    private const string BaseUrl = "http://localhost/api";

    [Fact]
    public async Task Listing_after_a_chunked_workflow_shows_its_report_and_its_chunks_without_one()
    {
        // Regression: GET /api/workflows answered 500 once a completed sub-orchestration (a chunk, whose output is a
        // list of item results) was in the hub, because every output was read as a WorkflowReport.
        await using var host = await WorkflowHost.StartAsync(s => s["Workflows:InvitationChunkSize"] = "2");
        var request = new BulkInvitationRequest
        {
            RequestId = "list-" + Guid.NewGuid().ToString("N")[..8],
            Kind = InvitationKind.Array,
            Target = "tiledb://TileDB-Inc/quickstart_dense",
            Recipients = ["a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"],
            Actions = ["read"],
        };
        var started = await host.Api.HandleBulkInvitationMessageAsync(host.Client, JsonSerializer.Serialize(request, WorkflowJson.Options), CancellationToken.None);
        await host.WaitAsync(started.InstanceId!);

        var response = await host.Api.ListAsync(host.Client, _ => null, BaseUrl, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = Assert.IsType<WorkflowList>(response.Body);
        var parent = Assert.Single(list.Items, i => i.Id == started.InstanceId);
        Assert.Equal(5, parent.Report!.Summary.Created);
        var chunks = list.Items.Where(i => i.Id.StartsWith(started.InstanceId + ":chunk-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, chunks.Length);
        Assert.All(chunks, c => Assert.Null(c.Report));
    }
}
