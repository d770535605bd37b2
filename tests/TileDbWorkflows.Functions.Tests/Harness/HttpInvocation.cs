using System.Text.Json;
using TileDbWorkflows.Functions.Tests.Harness.Rpc;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>One HTTP trigger run: the worker's invocation response over gRPC and the HTTP answer its Kestrel gave.</summary>
internal sealed record HttpInvocation(InvocationResponse Invocation, int Status, string? ContentType, string? Location, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
