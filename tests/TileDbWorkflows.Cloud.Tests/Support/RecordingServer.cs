using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>
/// A real Kestrel endpoint on 127.0.0.1 with a free port. It records every request and answers from a
/// script: queued responses first, then <see cref="Fallback"/>.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private RecordingServer(WebApplication app, TimeProvider? time)
    {
        _app = app;
        Time = time ?? TimeProvider.System;
    }

    public string BaseAddress { get; private set; } = "";

    public TimeProvider Time { get; }

    public Func<RecordedRequest, ScriptedResponse> Fallback { get; set; } = _ => ScriptedResponse.Json("{}");

    /// <summary>
    /// Awaited after a request is recorded and before it is answered: return a task the test completes at
    /// its end to make the server hang (no sleeps), or null to answer at once. Client aborts end the wait.
    /// </summary>
    public Func<RecordedRequest, Task?>? Hold { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public RecordedRequest OnlyRequest() => Assert.Single(Requests);

    public RecordedRequest Last() => Requests[^1];

    /// <summary>Starts on a free loopback port; with <paramref name="certificate"/> it serves HTTPS only.</summary>
    public static async Task<RecordingServer> StartAsync(TimeProvider? time = null, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var server = new RecordingServer(app, time);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return server;
    }

    public RecordingServer Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var r in responses)
        {
            _script.Enqueue(r);
        }

        return this;
    }

    /// <summary>Waits (with a deadline, no fixed sleep) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (_requests.Count < count)
        {
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException($"Expected {count} requests, got {_requests.Count}.");
            }

            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var q = raw.IndexOf('?', StringComparison.Ordinal);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            context.Request.Method,
            q < 0 ? raw : raw[..q],
            q < 0 ? "" : raw[q..],
            headers,
            body,
            Time.GetUtcNow());
        _requests.Enqueue(recorded);
        if (Hold?.Invoke(recorded) is { } hold)
        {
            try
            {
                await hold.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client gave up on this request (its timeout or cancellation): nothing to answer.
                return;
            }
        }

        var response = _script.TryDequeue(out var next) ? next : Fallback(recorded);
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }
}
