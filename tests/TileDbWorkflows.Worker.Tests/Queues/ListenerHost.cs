using System.Globalization;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Queues;

namespace TileDbWorkflows.Worker.Tests.Queues;

/// <summary>A generic host running one queue listener against Azurite, on a queue of its own.</summary>
internal sealed class ListenerHost : IAsyncDisposable
{
    private const string Section = "Queues:Test";
    private readonly IHost host;

    private ListenerHost(IHost host, QueueClient queue, QueueClient poison)
    {
        this.host = host;
        Queue = queue;
        Poison = poison;
    }

    public QueueClient Queue { get; }

    public QueueClient Poison { get; }

    public long Renewals => host.Services.GetServices<IHostedService>().OfType<QueueListener<RecordingHandler>>().Single().Renewals;

    public static async Task<ListenerHost> StartAsync(
        AzuriteFixture azurite,
        HandlerScript script,
        int maxDequeueCount = 5,
        TimeSpan? visibilityTimeout = null,
        int maxConcurrency = 4,
        int batchSize = 8,
        string? queueName = null)
    {
        queueName ??= AzuriteFixture.UniqueName("q");
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            [$"{Section}:MaxDequeueCount"] = maxDequeueCount.ToString(CultureInfo.InvariantCulture),
            [$"{Section}:VisibilityTimeout"] = (visibilityTimeout ?? TimeSpan.FromSeconds(30)).ToString("c", CultureInfo.InvariantCulture),
            [$"{Section}:MaxConcurrency"] = maxConcurrency.ToString(CultureInfo.InvariantCulture),
            [$"{Section}:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            // Retry at once and poll fast: the tests wait on outcomes, not on production back-offs.
            [$"{Section}:RetryBackoff"] = "00:00:00",
            [$"{Section}:PollInterval"] = "00:00:00.2",
        });
        builder.Services.AddSingleton(script);
        // The queue name comes through the configure hook, as the Functions setting BulkInvitationsQueue will.
        builder.Services.AddQueueListener<RecordingHandler>(Section, (options, _) => options.QueueName = queueName);
        var host = builder.Build();
        await host.StartAsync();

        var base64 = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var listener = new ListenerHost(
            host,
            new QueueClient(azurite.ConnectionString, queueName, base64),
            new QueueClient(azurite.ConnectionString, queueName + "-poison", base64));
        // The listener creates both queues; wait so tests can send straight away.
        await Eventually.WaitUntilAsync(
            async ct => await listener.Queue.ExistsAsync(ct) && await listener.Poison.ExistsAsync(ct),
            TimeSpan.FromSeconds(30), "the listener creates its queues");
        return listener;
    }

    public async Task<string> SendAsync(string text) => (await Queue.SendMessageAsync(text)).Value.MessageId;

    public static async Task<bool> IsEmptyAsync(QueueClient queue, CancellationToken cancellationToken) =>
        (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount == 0;

    public async Task<PeekedMessage> WaitForPoisonAsync()
    {
        PeekedMessage? found = null;
        await Eventually.WaitUntilAsync(
            async ct =>
            {
                found = (await Poison.PeekMessagesAsync(10, ct)).Value.SingleOrDefault();
                return found is not null;
            },
            TimeSpan.FromSeconds(30),
            $"a message arrives in {Poison.Name}");
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
