using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// Reads the live state (<see cref="LiveStateReader"/>), diffs it (<see cref="Planner"/>) and writes the plan document,
/// its report lines and the desired state to the payload store; answers only the small <see cref="PlanSummary"/>, so
/// no history holds a plan. Only reads TileDB, so a retry or redelivery is harmless.
/// </summary>
[DurableTask(nameof(MakePlanActivity))]
public sealed class MakePlanActivity(LiveStateReader reader, WorkflowPayloads payloads) : TaskActivity<PlanPreparation, PlanSummary>
{
    public override async Task<PlanSummary> RunAsync(TaskActivityContext context, PlanPreparation input)
    {
        ArgumentNullException.ThrowIfNull(input);
        PlanDocument? given = input.FromPlan is { } id
            ? await payloads.TryReadAsync<PlanDocument>(PlanDocument.NameFor(id)).ConfigureAwait(false)
                ?? throw new WorkflowFailedException($"There is no plan '{id}' (its document {PlanDocument.NameFor(id)} is not in the payload store); nothing was changed.")
            : null;
        var state = given?.Desired
            ?? (input.OnboardingInputBlob is { } onboarding ? (await payloads.ReadAsync<OnboardingInput>(onboarding).ConfigureAwait(false)).Plan : null)
            ?? (input.InputBlob is { } blob ? (await payloads.ReadAsync<PlanInput>(blob).ConfigureAwait(false)).State : input.State)
            ?? throw new WorkflowFailedException("The plan has no desired state; nothing was changed.");
        var errors = OnboardingPlanValidator.Validate(state);
        if (errors.Count > 0)
        {
            throw new WorkflowFailedException("The state file is invalid, nothing was planned: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        var live = await CloudErrors.RejectingCredentialsAsync(() => reader.ReadAsync(state, CancellationToken.None)).ConfigureAwait(false);
        var (changes, access) = Planner.Diff(state, live);
        var document = new PlanDocument(input.PlanId, state.Namespace, live.Hash(), state, changes, access);
        await payloads.WriteAsync(PlanDocument.NameFor(input.PlanId), document).ConfigureAwait(false);
        var lines = Lines(document);
        await payloads.WriteAsync(PlanDocument.LinesNameFor(input.PlanId), lines).ConfigureAwait(false);
        // Tasks are one-off actions, not state: applying a plan never runs them.
        var desiredInput = PlanDocument.DesiredNameFor(input.PlanId);
        await payloads.WriteAsync(desiredInput, new OnboardingInput(state with { Tasks = [] }, DryRun: false)).ConfigureAwait(false);

        return new PlanSummary(
            input.PlanId,
            document.StateHash,
            changes.Count(c => c.Action == ChangeAction.Create),
            changes.Count(c => c.Action == ChangeAction.Update),
            changes.Count(c => c.Action == ChangeAction.Delete),
            changes.Count(c => c.Destructive),
            access.Count(a => a.Gains.Count > 0),
            access.Count(a => a.Losses.Count > 0),
            PlanDocument.NameFor(input.PlanId))
        {
            Namespace = state.Namespace,
            GivenPlan = given?.Id,
            StaleBy = given is null ? null : StaleBy(given, document),
            DesiredInput = desiredInput,
            Lines = lines.Length <= input.InlineLines ? lines : null,
        };
    }

    /// <summary>The plan's report lines: one per change (labelled as the change would be), then one per access change.</summary>
    public static ItemResult[] Lines(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Changes
            .Select(c => new ItemResult(c.Kind, c.Item, c.Action switch
            {
                ChangeAction.Create => ItemOutcome.Created,
                ChangeAction.Update => ItemOutcome.Updated,
                _ => ItemOutcome.Deleted,
            }, (c.Destructive ? "destructive: would " : "would ") + c.Detail))
            .Concat(document.Access.Select(a => new ItemResult(PlanKinds.Access, a.Item,
                a.Losses.Count == 0 ? ItemOutcome.Created : a.Gains.Count == 0 ? ItemOutcome.Deleted : ItemOutcome.Updated, a.Describe())))
            .ToArray();
    }

    private static int StaleBy(PlanDocument given, PlanDocument now)
    {
        if (given.StateHash == now.StateHash)
        {
            return 0;
        }
        var before = given.Changes.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var after = now.Changes.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        before.SymmetricExceptWith(after);
        // The state moved even when the changes came out the same (say, an invitation was re-sent): still stale.
        return Math.Max(1, before.Count);
    }
}
