using System.Net;
using System.Net.Sockets;
using Polly.Timeout;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests.Issues;

/// <summary>
/// Issue 14: a dropped connection left the client as a bare <see cref="HttpRequestException"/> and a timed-out attempt
/// as Polly's <see cref="TimeoutRejectedException"/>, so callers that ask <see cref="TileDbCloudException.Kind"/> what
/// to do (the list engine retries Transient items) had to know the transport's types too. Both now surface as
/// <see cref="TileDbCloudException"/> of kind Transient, with the transport's exception kept inside.
/// </summary>
public sealed class DroppedConnectionsAndTimeoutsAreTransientTests
{
    private static readonly TileDbUri Array = TileDbUri.Parse("tiledb://ns/a");
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_connection_the_server_drops_is_a_transient_cloud_error_with_its_cause_inside()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        // Accepts each connection and closes it before any answer: what a crashed proxy or a reset link looks like.
        using var stop = new CancellationTokenSource();
        var dropping = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var socket = await listener.AcceptSocketAsync(stop.Token);
                socket.Close();
            }
        });
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions
        {
            ServerAddress = $"http://127.0.0.1:{port}",
            ApiToken = TestClients.Token,
            UseConfigFile = false,
            RetryMode = RetryMode.Disabled,
        });

        try
        {
            var error = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array).WaitAsync(Guard));

            Assert.Equal(TileDbErrorKind.Transient, error.Kind);
            Assert.IsType<HttpRequestException>(error.InnerException);
            Assert.Null(error.StatusCode);
            Assert.Contains("/v1/arrays/ns/a", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TestClients.Token, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
            await Assert.ThrowsAnyAsync<Exception>(() => dropping);
        }
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_a_transient_cloud_error_with_the_timeout_inside()
    {
        var release = new TaskCompletionSource();
        await using var server = await RecordingServer.StartAsync();
        server.Hold = _ => release.Task;
        try
        {
            using var client = TestClients.Create(server, configure: o => { o.RetryMode = RetryMode.Disabled; o.RequestTimeout = TimeSpan.FromMilliseconds(200); });

            var error = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(Array).WaitAsync(Guard));

            Assert.Equal(TileDbErrorKind.Transient, error.Kind);
            Assert.IsType<TimeoutRejectedException>(error.InnerException);
            Assert.DoesNotContain(TestClients.Token, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            release.TrySetResult();
        }
    }
}
