using Microsoft.DurableTask;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// What every orchestrator does the same way: the durable retry policy for activities, turning a failed task into a
/// clear <see cref="WorkflowFailedException"/>, and fan-out with bounded parallelism. Deterministic: it only uses the
/// orchestration context's own tasks.
/// </summary>
public static class Durable
{
    private static readonly string CredentialsError = typeof(TileDbCredentialsRejectedException).FullName!;
    private static readonly string WorkflowError = typeof(WorkflowFailedException).FullName!;

    /// <summary>Backoff with bounded attempts; bad credentials and deliberate workflow failures are never retried.</summary>
    public static TaskOptions RetryOptions(WorkflowOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var policy = new RetryPolicy(
            settings.RetryMaxAttempts,
            settings.RetryFirstInterval,
            settings.RetryBackoffCoefficient,
            settings.RetryMaxInterval)
        {
            HandleFailure = failure => !IsOneOf(failure, CredentialsError, WorkflowError),
        };
        return new TaskOptions(new TaskRetryOptions(policy));
    }

    /// <summary>Loads the settings snapshot (recorded in history, so replays see the same values).</summary>
    public static Task<WorkflowOptions> LoadSettingsAsync(TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<WorkflowOptions>(nameof(LoadSettingsActivity));
    }

    /// <summary>Calls an activity with the retry policy; a failure that outlives it ends the workflow with <paramref name="step"/> named.</summary>
    public static async Task<T> CallAsync<T>(TaskOrchestrationContext context, WorkflowOptions settings, string activity, object? input, string step)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await context.CallActivityAsync<T>(activity, input, RetryOptions(settings));
        }
        catch (TaskFailedException ex)
        {
            throw Explain(ex, step, settings.RetryMaxAttempts);
        }
    }

    /// <summary>Runs a sub-orchestration (its activities retry on their own) and passes its failure reason up unchanged.</summary>
    public static async Task<T> CallSubAsync<T>(TaskOrchestrationContext context, string orchestrator, object input, string instanceId, string step)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await context.CallSubOrchestratorAsync<T>(orchestrator, input, new SubOrchestrationOptions { InstanceId = instanceId });
        }
        catch (TaskFailedException ex)
        {
            throw Explain(ex, step, attempts: 1);
        }
    }

    /// <summary>The message a user reads on a failed workflow.</summary>
    public static WorkflowFailedException Explain(TaskFailedException ex, string step, int attempts)
    {
        ArgumentNullException.ThrowIfNull(ex);
        for (var d = ex.FailureDetails; d is not null; d = d.InnerFailure)
        {
            if (d.ErrorType == WorkflowError)
            {
                return new WorkflowFailedException(d.ErrorMessage);
            }
            if (d.ErrorType == CredentialsError)
            {
                return new WorkflowFailedException($"{d.ErrorMessage}; the workflow stopped at {step} and did nothing further");
            }
        }
        var root = ex.FailureDetails;
        return new WorkflowFailedException(
            $"{step} still failed after {attempts} attempt(s), so the workflow stopped: {root.ErrorType}: {root.ErrorMessage}");
    }

    /// <summary>
    /// Starts one task per input with at most <paramref name="maxParallel"/> in flight, calling <paramref name="onDone"/>
    /// as each finishes (for progress), and returns the results in input order.
    /// </summary>
    public static async Task<TOut[]> RunBoundedAsync<TIn, TOut>(
        IReadOnlyList<TIn> inputs, int maxParallel, Func<TIn, int, Task<TOut>> start, Action<TOut>? onDone = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(start);
        var results = new TOut[inputs.Count];
        var inFlight = new Dictionary<Task<TOut>, int>();
        var next = 0;
        while (next < inputs.Count || inFlight.Count > 0)
        {
            while (next < inputs.Count && inFlight.Count < Math.Max(1, maxParallel))
            {
                inFlight.Add(start(inputs[next], next), next);
                next++;
            }
            var done = await Task.WhenAny(inFlight.Keys);
            var index = inFlight[done];
            inFlight.Remove(done);
            // Awaiting rethrows a failure; the other tasks in flight are abandoned with the orchestration.
            results[index] = await done;
            onDone?.Invoke(results[index]);
        }
        return results;
    }

    private static bool IsOneOf(TaskFailureDetails failure, params string[] types)
    {
        for (var d = failure; d is not null; d = d.InnerFailure)
        {
            if (types.Contains(d.ErrorType, StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
