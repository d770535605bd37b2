using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using TileDbWorkflows.Cloud.Http.Concurrency;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// Runs each request through the pipeline currently selected in <see cref="RetryPolicy"/>, bounding every
/// attempt (connect, redirects, headers and body) by <paramref name="attemptTimeout"/>. The timeout sits
/// inside the pipeline so a timed-out attempt is an outcome the mode may retry, not the end of the call.
/// Each attempt also takes a slot from its token's adaptive limiter (<see cref="ConcurrencyOptions"/>) and gives it
/// back with what the answer said: inside the retries, so a retry waiting out its delay or a Retry-After holds no
/// slot, and before the attempt's timer starts, so waiting for a slot never times an attempt out.
/// </summary>
internal sealed class RetryHandler(RetryPolicy policy, TimeSpan attemptTimeout, ILogger logger, ClientConcurrency? concurrency = null, TimeProvider? time = null) : DelegatingHandler
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pipeline = policy.Pipeline;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(RetryPipelineFactory.MethodKey, request.Method.Method);
            context.Properties.Set(RetryPipelineFactory.PathKey, request.RequestUri?.AbsolutePath ?? "?");
            context.Properties.Set(RetryPipelineFactory.LoggerKey, logger);
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Handler.AttemptAsync(state.Request, ctx),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, ResilienceContext context)
    {
        var callerToken = context.CancellationToken;
        using var lease = concurrency?.For(request) is { } limiter ? await limiter.AcquireAsync(callerToken).ConfigureAwait(false) : null;

        // Real time on purpose: this bounds waiting on the network. The injected TimeProvider drives retry
        // delays, and tests that advance it quickly must not time out requests that are simply in flight.
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        if (attemptTimeout != Timeout.InfiniteTimeSpan)
        {
            attempt.CancelAfter(attemptTimeout);
        }

        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);

            // Buffer here, under the attempt's token: HttpClient would otherwise read the body after this
            // handler returned, outside the timeout, and a server that stalls mid-body would hang the call.
            // The buffered body also lets the pipeline read it to ask whether the answer is final (FinalAnswer).
            await response.Content.LoadIntoBufferAsync(attempt.Token).ConfigureAwait(false);
            response.RequestMessage ??= request;

            if (lease is not null)
            {
                var (signal, retryAfter, rateLimited) = ClientConcurrency.Classify(response, _time);
                lease.Complete(signal, retryAfter, rateLimited, logger);
            }

            return Outcome.FromResult(response);
        }
        catch (Exception ex) when (attempt.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            response?.Dispose();
            var message = $"TileDB Cloud did not answer {request.Method} {request.RequestUri?.AbsolutePath} within {attemptTimeout} (TileDbCloudOptions.RequestTimeout).";
            return Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException(message, attemptTimeout, ex));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
        catch
        {
            // The caller cancelled: that ends the call whatever the mode, so it is thrown, not retried.
            response?.Dispose();
            throw;
        }
    }
}
