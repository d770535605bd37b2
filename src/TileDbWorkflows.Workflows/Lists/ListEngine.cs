using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>
/// The one chunk engine of every list workflow (README in this folder). The parent never holds the list: it fans out
/// <see cref="ListChunkOrchestrator"/>s over chunk indices and continues as new every
/// <see cref="WorkflowOptions.ChunksPerGeneration"/> chunks with a <see cref="ListCursor"/>; a list that fits one chunk
/// runs in the parent. Each chunk is observed first (the feature's activity in dry-run mode, recorded in history), then
/// acted on batch by batch for what is left; items that failed transiently are retried alone after a durable timer. Deterministic.
/// </summary>
public static class ListEngine
{
    /// <summary>
    /// Runs (one generation of) the list. Returns the report when the list is done, or null after scheduling
    /// <c>ContinueAsNew</c> with <paramref name="continueWith"/>'s input.
    /// </summary>
    public static async Task<WorkflowReport?> RunAsync(
        TaskOrchestrationContext context, WorkflowOptions settings, string workflow, ListCursor cursor, Func<ListCursor, object> continueWith,
        bool recordMetrics = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(continueWith);
        var job = cursor.Job;
        var feature = ListFeatures.Get(job.Feature);
        var progress = new WorkflowProgress(feature.Phase, [new PhaseProgress(feature.Phase, cursor.Summary.Total, job.Count, cursor.Summary.Failed)]);
        context.SetCustomStatus(progress);
        if (cursor.NextChunk == 0)
        {
            WorkflowLog.PhaseStarted(context, feature.Phase, job.Count);
        }

        if (job.Chunks <= 1)
        {
            var (single, lines) = await WithProgressAsync(context, () => progress, () => RunChunkAsync(context, settings, job, 0, keepLines: true));
            WorkflowLog.PhaseFinished(context, feature.Phase, single.Summary.Total, single.Summary.Failed);
            context.SetCustomStatus(progress.Advance(feature.Phase, lines));
            var inline = lines.Count <= settings.InlineReportItems;
            // ReportBlobs name only lines that are not inline, so a reader never sees a line twice.
            var one = Report(workflow, job, settings, single.Summary, single.Failures, inline ? lines : [], inline ? [] : [single.ReportBlob]);
            return recordMetrics ? WorkflowMetrics.RecordCompleted(context, one) : one;
        }

        var indices = Enumerable.Range(cursor.NextChunk, Math.Min(settings.ChunksPerGeneration, job.Chunks - cursor.NextChunk)).ToArray();
        var summary = cursor.Summary;
        var failures = cursor.Failures.ToList();
        await WithProgressAsync(context, () => progress, async () =>
        {
            await Durable.RunBoundedAsync(indices, settings.MaxParallelSubOrchestrations,
                (i, _) => Durable.CallSubAsync<ChunkOutcome>(context, nameof(ListChunkOrchestrator), new ListChunk(job, i, settings),
                    string.Create(CultureInfo.InvariantCulture, $"{context.InstanceId}:chunk-{i:D4}"), feature.Step(job.Header)),
                done =>
                {
                    summary = summary.Add(done.Summary);
                    failures.AddRange(done.Failures.Take(Math.Max(0, settings.ReportFailuresShown - failures.Count)));
                    progress = progress with { Phases = [new PhaseProgress(feature.Phase, summary.Total, job.Count, summary.Failed)] };
                    context.SetCustomStatus(progress);
                });
            return true;
        });

        var next = cursor.NextChunk + indices.Length;
        if (next < job.Chunks)
        {
            context.ContinueAsNew(continueWith(new ListCursor(job, next, summary, failures)));
            return null;
        }
        WorkflowLog.PhaseFinished(context, feature.Phase, summary.Total, summary.Failed);
        var blobs = Enumerable.Range(0, job.Chunks).Select(i => WorkflowPayloads.ReportName(job.ReportOwner, feature.Phase, i)).ToArray();
        var report = Report(workflow, job, settings, summary, failures, [], blobs);
        return recordMetrics ? WorkflowMetrics.RecordCompleted(context, report) : report;
    }

    /// <summary>
    /// The items of a list as a <see cref="ListJob"/>: inline when they fit one chunk, else written once to the payload
    /// store once, so no later generation carries them.
    /// </summary>
    public static async Task<ListJob> PrepareAsync<TItem>(
        TaskOrchestrationContext context, WorkflowOptions settings, ListFeature feature, object header, IReadOnlyList<TItem> items,
        bool dryRun, int chunkSize, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(items);
        var elements = items.Select(i => JsonSerializer.SerializeToElement(i, Serialization.WorkflowJson.Options)).ToArray();
        var headerElement = JsonSerializer.SerializeToElement(header, Serialization.WorkflowJson.Options);
        if (elements.Length <= chunkSize)
        {
            return new ListJob(feature.Name, headerElement, dryRun, elements.Length, chunkSize, batchSize, elements, null, context.InstanceId);
        }
        var blob = WorkflowPayloads.ItemsName(context.InstanceId, feature.Phase);
        await Durable.CallAsync<string>(context, settings, nameof(WriteListItemsActivity), new ItemsToStore(blob, elements), "storing the item list");
        return new ListJob(feature.Name, headerElement, dryRun, elements.Length, chunkSize, batchSize, null, blob, context.InstanceId);
    }

    /// <summary>One chunk: read its items, observe and act batch by batch, write its report lines, answer counts.</summary>
    public static async Task<(ChunkOutcome Outcome, IReadOnlyList<ItemResult> Lines)> RunChunkAsync(
        TaskOrchestrationContext context, WorkflowOptions settings, ListJob job, int index, bool keepLines)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(job);
        var feature = ListFeatures.Get(job.Feature);
        var offset = index * job.ChunkSize;
        var count = Math.Min(job.ChunkSize, job.Count - offset);
        var items = job.Items is { } inline
            ? inline.Skip(offset).Take(count).ToArray()
            : await Durable.CallAsync<IReadOnlyList<JsonElement>>(context, settings, nameof(ReadListSliceActivity), new ListSlice(job.ItemsBlob!, offset, count), "reading the item list");
        // One observation per chunk (read once, act many): the target's state is read in one call, recorded in history.
        var observed = (await Durable.CallAsync<IReadOnlyList<ItemResult>>(
            context, settings, feature.BatchActivity, feature.Batch(job.Header, items, true), feature.Step(job.Header))).ToArray();
        var batches = Enumerable.Range(0, items.Count).Chunk(Math.Max(1, job.BatchSize))
            .Select(b => (Items: b.Select(i => items[i]).ToArray(), Observed: b.Select(i => observed[i]).ToArray()))
            .ToArray();
        var results = await Durable.RunBoundedAsync(batches, settings.MaxParallelActivities,
            (b, _) => RunBatchAsync(context, settings, feature, job, b.Items, b.Observed));
        var lines = results.SelectMany(r => r).ToArray();
        var blob = WorkflowPayloads.ReportName(job.ReportOwner, feature.Phase, index);
        await Durable.CallAsync<string>(context, settings, nameof(WriteReportPartActivity), new ReportPart(blob, lines), "writing the report");
        var failures = lines.Where(l => l.Outcome == ItemOutcome.Failed).Take(settings.ReportFailuresShown).ToArray();
        return (new ChunkOutcome(ReportSummary.Of(lines), failures, blob), keepLines ? lines : []);
    }

    /// <summary>
    /// Act on what the chunk's observation found not yet so, retrying transiently failed items alone. The label
    /// comes from the observation: an item an earlier attempt of this run already did is still this run's change.
    /// </summary>
    private static async Task<IReadOnlyList<ItemResult>> RunBatchAsync(
        TaskOrchestrationContext context, WorkflowOptions settings, ListFeature feature, ListJob job, JsonElement[] batch, ItemResult[] observed)
    {
        var step = feature.Step(job.Header);
        var final = new ItemResult[batch.Length];
        var pending = new List<int>();
        for (var i = 0; i < batch.Length; i++)
        {
            // An item observed as Retry (a transient read error of its own) is acted on too; its label is then what the act finds.
            if (observed[i].Outcome is ItemOutcome.Skipped or ItemOutcome.Failed || (job.DryRun && observed[i].Outcome != ItemOutcome.Retry))
            {
                final[i] = observed[i];
            }
            else
            {
                pending.Add(i);
            }
        }

        var delay = settings.RetryFirstInterval;
        var exhausted = 0;
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var answers = await Durable.CallAsync<IReadOnlyList<ItemResult>>(
                context, settings, feature.BatchActivity, feature.Batch(job.Header, pending.Select(i => batch[i]).ToArray(), job.DryRun), step);
            var retry = new List<int>();
            for (var k = 0; k < pending.Count; k++)
            {
                var i = pending[k];
                var answer = answers[k];
                var before = observed[i];
                switch (answer.Outcome)
                {
                    case ItemOutcome.Retry when attempt < settings.RetryMaxAttempts:
                        retry.Add(i);
                        break;
                    case ItemOutcome.Retry:
                        exhausted++;
                        final[i] = ItemResult.Failed(feature.Phase, answer.Item,
                            string.Create(CultureInfo.InvariantCulture, $"{answer.Reason} (still failing after {attempt} attempts)"));
                        break;
                    case ItemOutcome.Skipped when before.Outcome is ItemOutcome.Created or ItemOutcome.Updated or ItemOutcome.Deleted:
                        // Not so when observed, so so now because of this run (an attempt that crashed or was redelivered).
                        final[i] = before with { Reason = Done(before.Reason) };
                        break;
                    case ItemOutcome.Updated when before.Outcome == ItemOutcome.Created:
                        // Missing when observed: an earlier attempt created it and crashed before finishing (say, its tags).
                        final[i] = before with { Reason = Done(before.Reason) };
                        break;
                    default:
                        final[i] = answer;
                        break;
                }
            }
            if (exhausted == batch.Length)
            {
                // Not one item of the batch got through in all attempts: the service (or this route of it) is down for
                // the whole workflow, which is a reason that concerns all of it, not item failures to report.
                throw new WorkflowFailedException(string.Create(CultureInfo.InvariantCulture,
                    $"{step} still failed after {attempt} attempt(s) for every item of a batch, so the workflow stopped: {final[pending[0]].Reason}"));
            }
            if (retry.Count > 0)
            {
                await context.CreateTimer(delay, CancellationToken.None);
                delay = TimeSpan.FromTicks(Math.Min(settings.RetryMaxInterval.Ticks, (long)(delay.Ticks * settings.RetryBackoffCoefficient)));
            }
            pending = retry;
        }
        return final;
    }

    /// <summary>
    /// The dry-run reason said of something done: "would be shared: read" becomes "shared: read", "would register
    /// s3://b/a" becomes "registered s3://b/a" (every dry-run verb of the features is regular).
    /// </summary>
    private static string Done(string? observedReason)
    {
        var reason = observedReason ?? string.Empty;
        if (reason.StartsWith("would be ", StringComparison.Ordinal))
        {
            reason = reason["would be ".Length..];
        }
        else if (reason.StartsWith("would ", StringComparison.Ordinal))
        {
            var rest = reason["would ".Length..];
            var end = rest.IndexOf(' ', StringComparison.Ordinal);
            var verb = end < 0 ? rest : rest[..end];
            reason = (verb.EndsWith('e') ? verb + "d" : verb + "ed") + (end < 0 ? string.Empty : rest[end..]);
        }
        return (reason.Length == 0 ? "done" : reason) + " (by an earlier attempt of this run)";
    }

    private static WorkflowReport Report(
        string workflow, ListJob job, WorkflowOptions settings, ReportSummary summary, IReadOnlyList<ItemResult> failures, IReadOnlyList<ItemResult> lines, IReadOnlyList<string> blobs) =>
        new(workflow, job.DryRun, lines)
        {
            Summary = summary,
            Failures = failures.Take(settings.ReportFailuresShown).ToArray(),
            ReportBlobs = blobs,
        };

    /// <summary>A failure that ends the workflow names the progress reached, so a Failed workflow says how far it came on every backend.</summary>
    private static async Task<T> WithProgressAsync<T>(TaskOrchestrationContext context, Func<WorkflowProgress> progress, Func<Task<T>> body)
    {
        try
        {
            return await body();
        }
        catch (WorkflowFailedException ex)
        {
            var p = progress().Phases[0];
            WorkflowLog.PhaseFailed(context, p.Name, p.Done, p.Failed, ex);
            throw new WorkflowFailedException(string.Create(CultureInfo.InvariantCulture,
                $"{ex.Message} (progress reached: {p.Done} of {p.Total} {p.Name} done, {p.Failed} failed, in finished chunks)"));
        }
    }
}
