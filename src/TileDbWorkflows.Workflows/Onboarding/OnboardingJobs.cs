using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Tasks;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// A plan turned into engine jobs by <see cref="PrepareOnboardingActivity"/>: small whatever the plan's size, so the
/// onboarding parent never holds a list of arrays, groups, files, shares or recipients.
/// </summary>
/// <param name="Namespace">The plan's namespace.</param>
/// <param name="Progress">Every phase with its total, in order.</param>
/// <param name="Jobs">The phases' lists in the order they run (invitations last, run side by side).</param>
/// <param name="Tasks">The follow-up tasks (few; each is watched by the task watch).</param>
public sealed record OnboardingJobs(string Namespace, IReadOnlyList<PhaseProgress> Progress, IReadOnlyList<OnboardingPhaseJob> Jobs, IReadOnlyList<FollowUpTaskSpec> Tasks);
