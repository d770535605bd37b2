using System.Reflection;
using Microsoft.DurableTask;

namespace TileDbWorkflows.Workflows;

/// <summary>
/// Lists every orchestrator and activity of this assembly for any host. It stands in for the <c>[DurableTask]</c>
/// source generator, which is not available here: each host calls <see cref="Register"/> once.
/// </summary>
public static class WorkflowTasks
{
    private static readonly Type[] TaskTypes = typeof(WorkflowTasks).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetCustomAttribute<DurableTaskAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static IReadOnlyList<Type> Orchestrators { get; } = TaskTypes.Where(t => typeof(ITaskOrchestrator).IsAssignableFrom(t)).ToArray();

    public static IReadOnlyList<Type> Activities { get; } = TaskTypes.Where(t => typeof(ITaskActivity).IsAssignableFrom(t)).ToArray();

    /// <summary>
    /// Names of the orchestrators whose output is a <see cref="Reporting.WorkflowReport"/> (the workflows users start);
    /// sub-orchestrators return smaller shapes, so the status API must not read their output as a report.
    /// </summary>
    public static IReadOnlySet<string> ReportingOrchestrators { get; } = Orchestrators
        .Where(t => OutputType(t) == typeof(Reporting.WorkflowReport))
        .Select(t => t.GetCustomAttribute<DurableTaskAttribute>()!.Name.Name)
        .ToHashSet(StringComparer.Ordinal);

    private static Type? OutputType(Type orchestrator)
    {
        for (var t = orchestrator; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(TaskOrchestrator<,>))
            {
                return t.GetGenericArguments()[1];
            }
        }
        return null;
    }

    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var type in Orchestrators)
        {
            registry.AddOrchestrator(type);
        }
        foreach (var type in Activities)
        {
            registry.AddActivity(type);
        }
    }
}
