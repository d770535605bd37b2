using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using TileDbWorkflows.Functions.Tests.Harness.Rpc;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// The host's end of the worker's one gRPC event stream: requests go out in order through one writer, answers come
/// back matched by request id (init, metadata, load) or invocation id, and the worker's log lines are kept.
/// </summary>
internal sealed class WorkerConnection
{
    private readonly Channel<StreamingMessage> outgoing = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<StartStream> started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<RpcLog> Logs { get; } = new();

    public Task<StartStream> Started => started.Task;

    /// <summary>Runs for as long as the worker keeps its stream open (the gRPC call's lifetime).</summary>
    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> fromWorker, IServerStreamWriter<StreamingMessage> toWorker, CancellationToken cancellationToken)
    {
        var writer = Task.Run(async () =>
        {
            await foreach (var message in outgoing.Reader.ReadAllAsync(cancellationToken))
            {
                await toWorker.WriteAsync(message, cancellationToken);
            }
        }, cancellationToken);
        try
        {
            while (await fromWorker.MoveNext(cancellationToken))
            {
                Dispatch(fromWorker.Current);
            }
        }
        finally
        {
            outgoing.Writer.TryComplete();
            foreach (var waiting in pending.Values)
            {
                waiting.TrySetException(new InvalidOperationException("The worker closed its stream."));
            }
            await writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Sends a request and waits for the answer with the same key (request id, or invocation id for invocations).</summary>
    public async Task<StreamingMessage> RequestAsync(StreamingMessage request, string key, TimeSpan timeout)
    {
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!pending.TryAdd(key, answer))
        {
            throw new InvalidOperationException("A request with key " + key + " is already waiting.");
        }
        await outgoing.Writer.WriteAsync(request);
        try
        {
            return await answer.Task.WaitAsync(timeout);
        }
        finally
        {
            pending.TryRemove(key, out _);
        }
    }

    public ValueTask SendAsync(StreamingMessage message) => outgoing.Writer.WriteAsync(message);

    private void Dispatch(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                started.TrySetResult(message.StartStream);
                return;
            case StreamingMessage.ContentOneofCase.RpcLog:
                Logs.Enqueue(message.RpcLog);
                return;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                Complete(message.InvocationResponse.InvocationId, message);
                return;
            default:
                Complete(message.RequestId, message);
                return;
        }
    }

    private void Complete(string key, StreamingMessage message)
    {
        if (pending.TryGetValue(key, out var waiting))
        {
            waiting.TrySetResult(message);
        }
    }
}
