using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Functions.Tests.Harness.Rpc;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// Plays the Azure Functions host for the app, as far as this machine allows: the built app runs as its own process,
/// started the way the host starts an isolated worker (<c>dotnet TileDbWorkflows.Functions.dll --functions-uri ...</c>,
/// app settings as environment variables), and dials this harness's <c>FunctionRpc</c> gRPC service. The harness then
/// speaks the host's side of that protocol: init, metadata (worker indexing), a load per function, and invocations
/// with the input shapes the host sends. HTTP triggers go the ASP.NET Core integration's way: the invocation over gRPC
/// and the request itself proxied to the worker's own Kestrel (the <c>HttpUri</c> capability) with
/// <c>x-ms-invocation-id</c>. <c>[DurableClient]</c> gets the payload the durable extension sends, pointing at a
/// real Durable Task sidecar (<see cref="DurableBackend"/>).
/// </summary>
internal sealed class FunctionsHostHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The public host name the front end forwards (X-Forwarded-Host), which the app's links must carry.</summary>
    public const string PublicHost = "func.example.net";

    private readonly WebApplication rpcServer;
    private readonly WorkerConnection connection;
    private readonly Process worker;
    private readonly string home;
    private readonly Dictionary<string, RpcFunctionMetadata> functions = new(StringComparer.Ordinal);
    private readonly HttpClient http = new() { Timeout = Timeout };
    private readonly string durableClientPayload;

    private FunctionsHostHarness(WebApplication rpcServer, WorkerConnection connection, Process worker, string home, string durableClientPayload)
    {
        this.rpcServer = rpcServer;
        this.connection = connection;
        this.worker = worker;
        this.home = home;
        this.durableClientPayload = durableClientPayload;
    }

    /// <summary>The worker's ASP.NET Core endpoint, as it announced it in its init response.</summary>
    public Uri HttpUri { get; private set; } = null!;

    public IReadOnlyDictionary<string, RpcFunctionMetadata> Functions => functions;

    public IEnumerable<RpcLog> Logs => connection.Logs;

    public int WorkerProcessId => worker.Id;

    /// <param name="appSettings">The app settings, as the host passes them: environment variables of the worker.</param>
    /// <param name="sidecar">The Durable Task gRPC endpoint the <c>[DurableClient]</c> binding points the app at.</param>
    public static async Task<FunctionsHostHarness> StartAsync(IReadOnlyDictionary<string, string?> appSettings, Uri sidecar, string taskHub)
    {
        var connection = new WorkerConnection();
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = null);
        builder.Services.AddSingleton(connection);
        var rpcServer = builder.Build();
        rpcServer.MapGrpcService<FunctionRpcService>();
        await rpcServer.StartAsync();

        var home = Directory.CreateTempSubdirectory("tdbw-func-home-").FullName;
        var workerId = Guid.NewGuid().ToString();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = FunctionsBuildOutput.Directory,
        };
        foreach (var arg in new[]
        {
            Path.Combine(FunctionsBuildOutput.Directory, "TileDbWorkflows.Functions.dll"),
            "--functions-uri", $"http://127.0.0.1:{port}/",
            "--functions-worker-id", workerId,
            "--functions-request-id", Guid.NewGuid().ToString(),
            "--functions-grpc-max-message-length", int.MaxValue.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }
        // What the host sets for every isolated worker, then the app settings; the home directory is the test's own.
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = FunctionsBuildOutput.Directory;
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = FunctionsBuildOutput.Directory;
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["HOME"] = home;
        start.Environment["TZ"] = "UTC";
        foreach (var (name, value) in appSettings)
        {
            start.Environment[name] = value;
        }
        var worker = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        worker.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        worker.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();

        var durableClient = new JsonObject
        {
            ["taskHubName"] = taskHub,
            ["connectionName"] = "Storage",
            ["rpcBaseUrl"] = sidecar.ToString(),
            ["httpBaseUrl"] = $"https://{PublicHost}/runtime/webhooks/durabletask",
            ["requiredQueryStringParameters"] = "code=harness",
            // Sent by the host's durable extension with every client binding (its defaults here). Extension 1.21 reads
            // both: without the size the client's receive limit is 0 and every call fails with ResourceExhausted; the
            // timeout is itself a JSON string inside the payload.
            ["maxGrpcMessageSizeInBytes"] = 4 * 1024 * 1024,
            ["grpcHttpClientTimeout"] = "\"00:01:40\"",
        }.ToJsonString();
        var harness = new FunctionsHostHarness(rpcServer, connection, worker, home, durableClient);
        try
        {
            var stream = await connection.Started.WaitAsync(Timeout);
            if (stream.WorkerId != workerId)
            {
                throw new InvalidOperationException($"worker id {stream.WorkerId}, expected {workerId}");
            }
            await harness.InitializeAsync();
            return harness;
        }
        catch (Exception e)
        {
            var lines = string.Join(Environment.NewLine, output.TakeLast(40));
            await harness.DisposeAsync();
            throw new InvalidOperationException("The worker did not come up: " + e.Message + Environment.NewLine + lines, e);
        }
    }

    /// <summary>What the host does once the stream is open: init, then the worker-indexed metadata, then a load per function.</summary>
    private async Task InitializeAsync()
    {
        var init = new WorkerInitRequest
        {
            HostVersion = "4.1040.0",
            FunctionAppDirectory = FunctionsBuildOutput.Directory,
            WorkerDirectory = FunctionsBuildOutput.Directory,
        };
        init.Capabilities["HttpUri"] = "true";
        var initAnswer = await RequestAsync(new StreamingMessage { WorkerInitRequest = init });
        Expect(initAnswer.WorkerInitResponse.Result, "init");
        HttpUri = new Uri(initAnswer.WorkerInitResponse.Capabilities.TryGetValue("HttpUri", out var uri)
            ? uri
            : throw new InvalidOperationException("The worker did not announce HttpUri: the ASP.NET Core integration is not on."));

        var metadata = await RequestAsync(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = FunctionsBuildOutput.Directory } });
        Expect(metadata.FunctionMetadataResponse.Result, "metadata");
        foreach (var function in metadata.FunctionMetadataResponse.FunctionMetadataResults)
        {
            if (string.IsNullOrEmpty(function.FunctionId))
            {
                function.FunctionId = Guid.NewGuid().ToString();
            }
            var loaded = await RequestAsync(new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = function } });
            Expect(loaded.FunctionLoadResponse.Result, "load " + function.Name);
            functions[function.Name] = function;
        }
    }

    /// <summary>
    /// Invokes a function with its trigger's input as the host sends it; every <c>durableClient</c> binding of the
    /// function gets the durable extension's client payload, and <c>sys</c> trigger metadata is added as the host does.
    /// </summary>
    public async Task<InvocationResponse> InvokeAsync(string functionName, TypedData trigger, IReadOnlyDictionary<string, TypedData>? triggerMetadata = null, string? invocationId = null)
    {
        var function = functions.TryGetValue(functionName, out var f) ? f : throw new InvalidOperationException(functionName + " was not loaded");
        var request = new InvocationRequest { InvocationId = invocationId ?? Guid.NewGuid().ToString(), FunctionId = function.FunctionId };
        foreach (var (name, binding) in function.Bindings.Where(b => b.Value.Direction == BindingInfo.Types.Direction.In))
        {
            var data = binding.Type.EndsWith("Trigger", StringComparison.Ordinal) ? trigger
                : binding.Type == "durableClient" ? new TypedData { String = durableClientPayload }
                : throw new InvalidOperationException($"{functionName}: the harness has no data for a {binding.Type} binding ({name})");
            request.InputData.Add(new ParameterBinding { Name = name, Data = data });
        }
        foreach (var (key, value) in triggerMetadata ?? new Dictionary<string, TypedData>())
        {
            request.TriggerMetadata[key] = value;
        }
        request.TriggerMetadata["sys"] = new TypedData { Json = new JsonObject { ["MethodName"] = functionName, ["UtcNow"] = "2025-03-01T02:00:00Z", ["RandGuid"] = Guid.NewGuid().ToString() }.ToJsonString() };
        request.TraceContext = new RpcTraceContext { TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };
        var answer = await connection.RequestAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), InvocationRequest = request }, request.InvocationId, Timeout);
        return answer.InvocationResponse;
    }

    /// <summary>
    /// An HTTP trigger through the ASP.NET Core integration: the invocation over gRPC and, at the same time, the request
    /// forwarded to the worker's Kestrel with the invocation id header and the forwarding headers a front end adds.
    /// Route values are binding data, as the host passes them.
    /// </summary>
    public async Task<HttpInvocation> InvokeHttpAsync(string functionName, HttpMethod method, string pathAndQuery, string? body = null, IReadOnlyDictionary<string, string>? routeValues = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var invocationId = Guid.NewGuid().ToString();
        var trigger = new TypedData { Http = new RpcHttp { Method = method.Method, Url = $"https://{PublicHost}/{pathAndQuery}" } };
        var metadata = (routeValues ?? new Dictionary<string, string>()).ToDictionary(r => r.Key, r => new TypedData { String = r.Value });
        using var request = new HttpRequestMessage(method, new Uri(HttpUri, pathAndQuery));
        request.Headers.Add("x-ms-invocation-id", invocationId);
        request.Headers.Add("X-Forwarded-Host", PublicHost);
        request.Headers.Add("X-Forwarded-Proto", "https");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }
        var invocation = InvokeAsync(functionName, trigger, metadata, invocationId);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var result = await invocation;
        return new HttpInvocation(result, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location?.ToString(), text);
    }

    private Task<StreamingMessage> RequestAsync(StreamingMessage message)
    {
        message.RequestId = Guid.NewGuid().ToString();
        return connection.RequestAsync(message, message.RequestId, Timeout);
    }

    private static void Expect(StatusResult result, string step)
    {
        if (result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"{step} failed: {result.Exception?.Message}{Environment.NewLine}{result.Exception?.StackTrace}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // As the host does on shutdown: ask the worker to terminate, then stop waiting after a deadline.
        try
        {
            if (!worker.HasExited)
            {
                await connection.SendAsync(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(5)) } });
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await worker.WaitForExitAsync(deadline.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (InvalidOperationException)
        {
            // The stream is already closed: the kill below ends the process.
        }
        if (!worker.HasExited)
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
        worker.Dispose();
        http.Dispose();
        await rpcServer.StopAsync();
        await rpcServer.DisposeAsync();
        Directory.Delete(home, recursive: true);
    }
}
