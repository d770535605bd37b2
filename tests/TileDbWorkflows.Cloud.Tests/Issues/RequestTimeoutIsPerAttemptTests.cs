using Polly.Timeout;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests.Issues;

/// <summary>
/// Gap: RequestTimeout was only SocketsHttpHandler.ConnectTimeout, so a server that accepted the
/// connection and never answered hung the call forever. It now bounds each whole attempt inside the retry
/// pipeline. The endpoint here never answers until the test releases it; nothing sleeps, and the 20 s
/// guard only turns the old hang into a failure.
/// </summary>
public sealed class RequestTimeoutIsPerAttemptTests
{
    private static readonly TileDbUri Array = TileDbUri.Parse("tiledb://ns/a");
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    // The retried attempt must answer within the timeout, on a CI machine busy with other test processes: 200 ms was
    // once not enough for the answered retry (a third attempt ran); only the held first attempt waits this long.
    private static readonly TimeSpan RetriedAttemptTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Disabled_mode_fails_a_hanging_attempt_with_a_timeout_after_one_attempt()
    {
        var release = new TaskCompletionSource();
        await using var server = await RecordingServer.StartAsync();
        server.Hold = _ => release.Task;
        var counter = new CountingHandler();
        try
        {
            using var client = TestClients.Create(server, configure: o => { o.RetryMode = RetryMode.Disabled; o.RequestTimeout = Short; }, primaryHandler: counter);

            var error = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array).WaitAsync(Guard));
            var ex = Assert.IsType<TimeoutRejectedException>(error.InnerException);

            Assert.Equal(Short, ex.Timeout);
            Assert.Equal(TileDbErrorKind.Transient, error.Kind);
            Assert.DoesNotContain(TestClients.Token, ex.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, counter.Attempts);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Theory]
    [InlineData(RetryMode.Default)]
    [InlineData(RetryMode.Forceful)]
    public async Task Default_and_forceful_retry_a_timed_out_attempt(RetryMode mode)
    {
        var release = new TaskCompletionSource();
        await using var server = await RecordingServer.StartAsync();

        // Only the first request hangs; the retry is answered at once (urllib3's first retry has no backoff).
        server.Hold = _ => server.Requests.Count == 1 ? release.Task : null;
        server.Fallback = _ => ScriptedResponse.Json("""{"name":"a"}""");
        var counter = new CountingHandler();
        try
        {
            using var client = TestClients.Create(server, configure: o => { o.RetryMode = mode; o.RequestTimeout = RetriedAttemptTimeout; }, primaryHandler: counter);

            var info = await client.Arrays.GetInfoAsync(Array).WaitAsync(Guard);

            Assert.Equal("a", info.Name);
            Assert.Equal(2, counter.Attempts);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task Custom_settings_can_opt_out_of_retrying_timeouts()
    {
        var release = new TaskCompletionSource();
        await using var server = await RecordingServer.StartAsync();
        server.Hold = _ => release.Task;
        var counter = new CountingHandler();
        try
        {
            using var client = TestClients.Create(server, configure: o => o.RequestTimeout = Short, primaryHandler: counter);
            client.SetRetrySettings(new RetrySettings { RetryTimeouts = false });

            var error = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array).WaitAsync(Guard));
            Assert.IsType<TimeoutRejectedException>(error.InnerException);

            Assert.Equal(1, counter.Attempts);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task The_callers_cancellation_ends_the_call_and_is_not_retried_as_a_timeout()
    {
        var release = new TaskCompletionSource();
        await using var server = await RecordingServer.StartAsync();
        server.Hold = _ => release.Task;
        var counter = new CountingHandler();
        try
        {
            // Forceful retries nearly everything, and the attempt timeout is long: only the caller can end this.
            using var client = TestClients.Create(server, configure: o => { o.RetryMode = RetryMode.Forceful; o.RequestTimeout = TimeSpan.FromMinutes(5); }, primaryHandler: counter);
            using var cts = new CancellationTokenSource();

            var call = client.Arrays.GetInfoAsync(Array, cts.Token);
            await server.WaitForRequestsAsync(1);
            await cts.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Guard));
            Assert.Equal(1, counter.Attempts);
        }
        finally
        {
            release.TrySetResult();
        }
    }
}
