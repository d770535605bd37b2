using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;

namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>
/// A Moq <see cref="DurableTaskClient"/> over an in-memory instance table: scheduling adds a Pending instance, so a
/// second start with the same id finds it, as a real task hub would.
/// </summary>
internal sealed class FakeDurableClient
{
    private readonly Dictionary<string, OrchestrationMetadata> instances = new(StringComparer.Ordinal);

    public FakeDurableClient()
    {
        Mock.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => instances.GetValueOrDefault(id));
        Mock.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TaskName name, object? input, StartOrchestrationOptions? options, CancellationToken _) =>
            {
                var id = options?.InstanceId ?? throw new InvalidOperationException("the starters always pass an instance id");
                Scheduled.Add(new ScheduledInstance(name.Name, input, id));
                Add(id, name.Name, OrchestrationRuntimeStatus.Pending);
                return id;
            });
    }

    public Mock<DurableTaskClient> Mock { get; } = new(MockBehavior.Loose, "test");

    public DurableTaskClient Object => Mock.Object;

    public List<ScheduledInstance> Scheduled { get; } = [];

    public OrchestrationMetadata Add(string instanceId, string name, OrchestrationRuntimeStatus status)
    {
        var at = new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var metadata = new OrchestrationMetadata(name, instanceId) { RuntimeStatus = status, CreatedAt = at, LastUpdatedAt = at };
        instances[instanceId] = metadata;
        return metadata;
    }

    public void VerifyNothingScheduled() =>
        Mock.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()),
            Times.Never);
}
