using System.Text.Json;
using System.Text.Json.Nodes;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Tests.Api;

/// <summary>A queue message may carry a <c>traceparent</c>; validation ignores it and plain messages are unchanged.</summary>
public sealed class QueueEnvelopeTests
{
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    [Fact]
    public async Task A_bulk_invitation_message_with_a_traceparent_starts_the_same_instance_as_without()
    {
        await using var host = await WorkflowHost.StartAsync();
        var request = new BulkInvitationRequest
        {
            RequestId = "traced-" + Guid.NewGuid().ToString("N")[..8],
            Kind = InvitationKind.Array,
            Target = "tiledb://TileDB-Inc/quickstart_dense",
            Recipients = ["a@example.org"],
            Actions = ["read"],
        };
        var plain = JsonSerializer.Serialize(request, WorkflowJson.Options);
        var body = JsonNode.Parse(plain)!.AsObject();
        body[QueueEnvelope.TraceParentProperty] = TraceParent;

        var traced = await host.Api.HandleBulkInvitationMessageAsync(host.Client, body.ToJsonString(), CancellationToken.None);
        var again = await host.Api.HandleBulkInvitationMessageAsync(host.Client, plain, CancellationToken.None);

        Assert.Equal(QueueMessageOutcome.Started, traced.Outcome);
        Assert.Equal(QueueMessageOutcome.AlreadyStarted, again.Outcome);
        Assert.Equal(traced.InstanceId, again.InstanceId);
        await host.WaitAsync(traced.InstanceId!);
    }

    [Fact]
    public async Task A_malformed_message_stays_malformed_with_or_without_a_traceparent()
    {
        await using var host = await WorkflowHost.StartAsync();

        var result = await host.Api.HandleBulkInvitationMessageAsync(
            host.Client, $$"""{"traceparent":"{{TraceParent}}","unknownField":1}""", CancellationToken.None);

        Assert.Equal(QueueMessageOutcome.Malformed, result.Outcome);
        Assert.DoesNotContain("traceparent", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01","a":1}""", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", """{"a":1}""")]
    [InlineData("""{"a":1}""", null, """{"a":1}""")]
    [InlineData("this is not json", null, "this is not json")]
    [InlineData("""[{"traceparent":"x"}]""", null, """[{"traceparent":"x"}]""")]
    [InlineData("""{"traceparent":1}""", null, "{}")]
    [InlineData("""{"a":1,"a":2}""", null, """{"a":1,"a":2}""")]
    public void Reads_and_removes_only_a_top_level_traceparent(string message, string? traceParent, string without)
    {
        Assert.Equal(traceParent, QueueEnvelope.ReadTraceParent(message));
        Assert.Equal(without, QueueEnvelope.WithoutTraceContext(message));
    }
}
