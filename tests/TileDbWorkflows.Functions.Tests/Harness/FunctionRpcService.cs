using Grpc.Core;
using TileDbWorkflows.Functions.Tests.Harness.Rpc;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>The gRPC service the Functions host serves and the isolated worker dials at start-up (<c>--functions-uri</c>).</summary>
internal sealed class FunctionRpcService(WorkerConnection connection) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
        connection.RunAsync(requestStream, responseStream, context.CancellationToken);
}
