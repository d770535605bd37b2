using TileDbWorkflows.Functions.Http;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows.Invitations;

namespace TileDbWorkflows.Functions.Tests.Http;

public sealed class StartInvitationsFunctionTests
{
    [Fact]
    public async Task The_request_id_is_the_instance_id_so_a_repeat_schedules_nothing()
    {
        var client = new FakeDurableClient();
        var function = new StartInvitationsFunction(Api.Create());

        var first = await ExecutedResult.RunAsync(await function.StartInvitations(HttpRequests.Create("POST", "invitations", Bodies.Invitations), client.Object, default));
        var second = await ExecutedResult.RunAsync(await function.StartInvitations(HttpRequests.Create("POST", "invitations", Bodies.Invitations), client.Object, default));

        var scheduled = Assert.Single(client.Scheduled);
        Assert.Equal("BulkInvitationOrchestrator", scheduled.Orchestrator);
        Assert.Equal("invitations-batch-42", scheduled.InstanceId);
        Assert.Equal(2, Assert.IsType<BulkInvitationRequest>(scheduled.Input).Recipients.Count);
        Assert.Equal(202, first.Status);
        Assert.Equal(202, second.Status);
        Assert.Equal($"{HttpRequests.BaseUrl}/workflows/invitations-batch-42", second.Location);
    }

    [Fact]
    public async Task A_request_without_request_id_answers_400_naming_it()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await new StartInvitationsFunction(Api.Create()).StartInvitations(
            HttpRequests.Create("POST", "invitations", """{"kind":"array","target":"tiledb://acme/a","recipients":["x@example.org"],"actions":["read"]}"""), client.Object, default));

        client.VerifyNothingScheduled();
        Assert.Equal(400, result.Status);
        Assert.True(result.Json.GetProperty("errors").TryGetProperty("requestId", out _));
    }
}
