using Microsoft.DurableTask;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>Registers the naive orchestrators and activities next to the shipped ones.</summary>
internal static class NaiveTasks
{
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<NaiveFanOutOrchestrator>();
        registry.AddOrchestrator<NaiveSweepOrchestrator>();
        registry.AddOrchestrator<ProbeOrchestrator>();
        registry.AddActivity<NaiveInviteActivity>();
        registry.AddActivity<NaiveShareActivity>();
        registry.AddActivity<NaiveRegisterActivity>();
    }
}
