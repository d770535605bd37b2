namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>The onboarding orchestrator's input: a validated plan, and whether to only report what would change.</summary>
public sealed record OnboardingInput(OnboardingPlan Plan, bool DryRun);
