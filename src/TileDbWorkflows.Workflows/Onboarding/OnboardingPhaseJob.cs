using TileDbWorkflows.Workflows.Lists;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>One list of the plan, ready for the engine: its phase, its sub-orchestration id suffix, and the job (items in the payload store when big).</summary>
public sealed record OnboardingPhaseJob(string Phase, string Suffix, ListJob Job);
