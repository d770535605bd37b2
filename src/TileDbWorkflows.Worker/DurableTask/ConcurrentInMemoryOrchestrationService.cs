using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// The in-memory service caps concurrent work items at <see cref="Environment.ProcessorCount"/>, and the
/// sidecar's dispatcher then backs off 500 ms per poll: on a 2-core machine a 50-activity fan-out crawls for
/// seconds. This raises the caps to the configured limits (see the hosting notes).
/// </summary>
/// <remarks>
/// The base class implements the caps as non-virtual interface members, so they cannot be overridden; the
/// interface is re-implemented instead. The dispatcher reads them through <see cref="IOrchestrationService"/>,
/// which therefore sees these values; every other member maps to the base implementation.
/// </remarks>
internal sealed class ConcurrentInMemoryOrchestrationService(
    ILoggerFactory loggerFactory,
    int maxConcurrentActivities,
    int maxConcurrentOrchestrations)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => maxConcurrentActivities;

    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => maxConcurrentOrchestrations;
}
