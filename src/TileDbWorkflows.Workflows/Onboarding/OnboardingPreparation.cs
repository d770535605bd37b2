using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>The input of <see cref="PrepareOnboardingActivity"/>: the start input (inline or by reference), the instance id and the settings snapshot.</summary>
public sealed record OnboardingPreparation(OnboardingInput Input, string Owner, WorkflowOptions Settings);
