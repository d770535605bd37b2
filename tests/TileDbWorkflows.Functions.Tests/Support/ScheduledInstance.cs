namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>One call to ScheduleNewOrchestrationInstanceAsync, as the fake client saw it.</summary>
internal sealed record ScheduledInstance(string Orchestrator, object? Input, string InstanceId);
