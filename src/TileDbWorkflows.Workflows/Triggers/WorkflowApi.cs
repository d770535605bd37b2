using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Storage;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// The host-neutral starters and status readers behind every trigger. The Functions app and the standalone worker
/// call these with their own <see cref="DurableTaskClient"/>, so validation, instance ids and response bodies are
/// written once.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
    Justification = "One instance serves every route of the table; readers stay instance members so they can use its services.")]
public sealed partial class WorkflowApi(ILogger<WorkflowApi> logger, TimeProvider time, WorkflowPayloads payloads, BlobStorageStatus? blobStorage = null)
{
    /// <summary>How long a dry run may take before the caller gets 202 and polls instead.</summary>
    public static readonly TimeSpan DryRunWait = TimeSpan.FromSeconds(60);

    /// <summary>The HTTP body limit of every start (<c>Workflows:MaxRequestBodyBytes</c>), which the hosts answer with 413 above.</summary>
    public long MaxRequestBodyBytes => payloads.MaxRequestBodyBytes;

    /// <summary>
    /// <c>POST /api/onboarding</c>: 202 with status links; <c>?dryRun=true</c> runs the plan without changing anything
    /// and answers 200 with its outcome, or 202 when it takes longer than <see cref="DryRunWait"/>.
    /// </summary>
    public async Task<ApiResponse> StartOnboardingAsync(DurableTaskClient client, ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dryRun = false;
        // A typo such as dryRun=yes must not silently start the real onboarding.
        if (request.Query("dryRun") is { } flag && !bool.TryParse(flag, out dryRun))
        {
            return ApiResponse.Invalid([new FieldError("dryRun", $"'{flag}' is not true or false")]);
        }
        var start = new WorkflowStart<OnboardingPlan>(
            nameof(OnboardingOrchestrator),
            OnboardingPlanValidator.Validate,
            InstanceIds.ByIdempotencyKey(dryRun ? InstanceIds.Onboarding + "-dryrun" : InstanceIds.Onboarding),
            plan => new OnboardingInput(plan, dryRun));
        var (started, instanceId) = await StartCoreAsync(client, start, request).ConfigureAwait(false);
        if (!dryRun || instanceId is null)
        {
            return started;
        }

        // A dry run only reads, so answering with the plan's outcome directly is what a caller wants; a slow one falls back to polling.
        var ct = request.Cancellation;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(DryRunWait);
        try
        {
            var done = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, wait.Token).ConfigureAwait(false);
            return ApiResponse.Ok(ToStatus(done, request.BaseUrl));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return started;
        }
    }

    /// <summary>
    /// Every HTTP start: parse the body, run the feature's validator (400 naming each bad field, before any side
    /// effect), derive the instance id and schedule it once (202 with status links, also for a repeated start).
    /// </summary>
    public async Task<ApiResponse> StartAsync<TRequest>(DurableTaskClient client, WorkflowStart<TRequest> start, ApiRequest request)
        where TRequest : class =>
        (await StartCoreAsync(client, start, request).ConfigureAwait(false)).Response;

    /// <summary>The nightly timer's start: one instance per occurrence, so a timer that fires twice starts one sweep.</summary>
    public async Task<string> StartScheduledSweepAsync(DurableTaskClient client, DateTimeOffset occurrence, CancellationToken ct)
    {
        var instanceId = InstanceIds.ForOccurrence(occurrence);
        var (_, isNew) = await ScheduleOnceAsync(client, nameof(SweepOrchestrator), new SweepRequest(), instanceId, ct).ConfigureAwait(false);
        LogScheduledSweep(instanceId, occurrence, isNew);
        return instanceId;
    }

    /// <summary>
    /// Handles one <c>bulk-invitations</c> queue message. The request id is the instance id, so a redelivered message is
    /// a no-op; a message that can never succeed comes back as <see cref="QueueMessageOutcome.Malformed"/> for the host
    /// to poison at once instead of retrying.
    /// </summary>
    public async Task<QueueMessageResult> HandleBulkInvitationMessageAsync(DurableTaskClient client, string message, CancellationToken ct)
    {
        // The producer's trace context is the host's business (it parents the handling span), not part of the request.
        // A reference ({"requestBlob": ...}) is checked once its document is read.
        var (request, errors) = RequestParser.Parse<BulkInvitationRequest>(
            QueueEnvelope.WithoutTraceContext(message), r => r.RequestBlob is null ? BulkInvitationRequestValidator.Validate(r) : []);
        if (request?.RequestBlob is { } blob)
        {
            // A queue message stops at 64 KB: a big request comes as the name of a document in the payload container.
            var text = await payloads.ReadTextAsync(blob, ct).ConfigureAwait(false);
            (request, errors) = text is null
                ? (null, [new FieldError("requestBlob", $"no document '{blob}' in the payload container")])
                : RequestParser.Parse<BulkInvitationRequest>(text, BulkInvitationRequestValidator.Validate);
            if (request?.RequestBlob is not null)
            {
                (request, errors) = (null, [new FieldError("requestBlob", "the referenced request must hold the request itself, not another reference")]);
            }
        }
        if (request is null)
        {
            var reason = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
            LogMalformedMessage(reason);
            return new QueueMessageResult(QueueMessageOutcome.Malformed, null, reason);
        }
        var instanceId = InstanceIds.For(InstanceIds.Invitations, request.RequestId);
        var (_, isNew) = await ScheduleOnceAsync(client, nameof(BulkInvitationOrchestrator), request, instanceId, ct).ConfigureAwait(false);
        return new QueueMessageResult(isNew ? QueueMessageOutcome.Started : QueueMessageOutcome.AlreadyStarted, instanceId);
    }

    public async Task<ApiResponse> GetAsync(DurableTaskClient client, string instanceId, string baseUrl, CancellationToken ct)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
        return instance is null ? UnknownInstance(instanceId) : ApiResponse.Ok(ToStatus(instance, baseUrl));
    }

    /// <summary>
    /// <c>GET /api/workflows/{id}/report?outcome=&amp;page=&amp;pageSize=</c>: the full report a page at a time, read from
    /// the payload store for a chunked workflow (the status carries only counts and a few failures).
    /// </summary>
    public async Task<ApiResponse> GetReportAsync(DurableTaskClient client, string instanceId, Func<string, string?> query, string baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(query);
        var (filter, errors) = ReportQuery.Parse(query);
        if (filter is null)
        {
            return ApiResponse.Invalid(errors);
        }
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
        if (instance is null)
        {
            return UnknownInstance(instanceId);
        }
        if (!IsReporting(instance) || instance.RuntimeStatus != OrchestrationRuntimeStatus.Completed || instance.ReadOutputAs<WorkflowReport>() is not { } report)
        {
            return ApiResponse.Conflict($"workflow '{instanceId}' has no report ({instance.RuntimeStatus}); its status shows the progress");
        }
        var skip = (filter.Page - 1) * filter.PageSize;
        var page = new List<ItemResult>(filter.PageSize);
        await foreach (var line in payloads.ReportLinesAsync(report, ct).ConfigureAwait(false))
        {
            if (filter.Outcome is { } wanted && line.Outcome != wanted)
            {
                continue;
            }
            if (skip-- > 0)
            {
                continue;
            }
            page.Add(line);
            if (page.Count == filter.PageSize)
            {
                break;
            }
        }
        var total = filter.Outcome switch
        {
            null => report.Summary.Total,
            ItemOutcome.Created => report.Summary.Created,
            ItemOutcome.Updated => report.Summary.Updated,
            ItemOutcome.Deleted => report.Summary.Deleted,
            ItemOutcome.Skipped => report.Summary.Skipped,
            _ => report.Summary.Failed,
        };
        return ApiResponse.Ok(new WorkflowReportPage(instanceId, filter.Outcome, filter.Page, filter.PageSize, total, page,
            WorkflowLinks.For(baseUrl, instanceId)));
    }

    public async Task<ApiResponse> ListAsync(DurableTaskClient client, Func<string, string?> query, string baseUrl, CancellationToken ct)
    {
        var (filter, errors) = WorkflowListQuery.Parse(query);
        if (filter is null)
        {
            return ApiResponse.Invalid(errors);
        }
        var pages = client.GetAllInstancesAsync(new OrchestrationQuery
        {
            Statuses = filter.Statuses.Count > 0 ? filter.Statuses : null,
            InstanceIdPrefix = filter.Prefix,
            CreatedFrom = filter.CreatedFrom,
            CreatedTo = filter.CreatedTo,
            PageSize = filter.PageSize,
            ContinuationToken = filter.ContinuationToken,
            // Progress (custom status) and the report come with this flag; both are small now that big inputs travel by
            // reference and reports keep their lines in the payload store.
            FetchInputsAndOutputs = true,
        }).AsPages(filter.ContinuationToken, filter.PageSize);
        await foreach (var page in pages.WithCancellation(ct).ConfigureAwait(false))
        {
            return ApiResponse.Ok(new WorkflowList(page.Values.Select(i => ToStatus(i, baseUrl)).ToArray(), page.ContinuationToken));
        }
        return ApiResponse.Ok(new WorkflowList([], null));
    }

    public Task<ApiResponse> TerminateAsync(DurableTaskClient client, string instanceId, string? reason, string baseUrl, CancellationToken ct) =>
        ControlAsync(client, instanceId, baseUrl, mustBeSuspended: false, (c, id, t) => c.TerminateInstanceAsync(id, reason ?? "terminated through the API", t), ct);

    public Task<ApiResponse> SuspendAsync(DurableTaskClient client, string instanceId, string? reason, string baseUrl, CancellationToken ct) =>
        ControlAsync(client, instanceId, baseUrl, mustBeSuspended: false, (c, id, t) => c.SuspendInstanceAsync(id, reason ?? "suspended through the API", t), ct);

    public Task<ApiResponse> ResumeAsync(DurableTaskClient client, string instanceId, string? reason, string baseUrl, CancellationToken ct) =>
        ControlAsync(client, instanceId, baseUrl, mustBeSuspended: true, (c, id, t) => c.ResumeInstanceAsync(id, reason ?? "resumed through the API", t), ct);

    /// <summary>Maps an instance's metadata to the status body, reading progress and report with the engine's converter.</summary>
    public static WorkflowStatus ToStatus(OrchestrationMetadata instance, string baseUrl) =>
        new(
            instance.InstanceId,
            instance.Name,
            instance.RuntimeStatus.ToString(),
            instance.CreatedAt,
            instance.LastUpdatedAt,
            IsReporting(instance) && instance.SerializedCustomStatus is not null ? instance.ReadCustomStatusAs<WorkflowProgress>() : null,
            IsReporting(instance) && instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed && instance.SerializedOutput is not null
                ? instance.ReadOutputAs<WorkflowReport>()
                : null,
            instance.FailureDetails is { } f ? FailureText.Of(f) : null,
            WorkflowLinks.For(baseUrl, instance.InstanceId));

    // Lists also hold sub-orchestrations (chunks), whose output and status are not reports: only read what a workflow wrote.
    private static bool IsReporting(OrchestrationMetadata instance) => WorkflowTasks.ReportingOrchestrators.Contains(instance.Name);

    private async Task<(ApiResponse Response, string? InstanceId)> StartCoreAsync<TRequest>(DurableTaskClient client, WorkflowStart<TRequest> start, ApiRequest request)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(request);
        if (start.NeedsBlobStorage && blobStorage is { Missing: { } missing })
        {
            return (ApiResponse.Problem(System.Net.HttpStatusCode.ServiceUnavailable, "Blob storage not configured", missing), null);
        }
        var (body, errors) = start.WhenEmpty is { } empty && string.IsNullOrWhiteSpace(request.Body)
            ? RequestParser.Validated(empty(), start.Validate)
            : RequestParser.Parse(request.Body, start.Validate);
        if (body is null)
        {
            return (ApiResponse.Invalid(errors), null);
        }
        var instanceId = start.InstanceId(body, request);
        var input = start.Input is { } toInput ? toInput(body) : body;
        return (await ScheduleAndAcceptAsync(client, start.Orchestrator, input, instanceId, request.BaseUrl, request.Cancellation).ConfigureAwait(false), instanceId);
    }

    private async Task<ApiResponse> ScheduleAndAcceptAsync(DurableTaskClient client, string orchestrator, object input, string instanceId, string baseUrl, CancellationToken ct)
    {
        var (instance, isNew) = await ScheduleOnceAsync(client, orchestrator, input, instanceId, ct).ConfigureAwait(false);
        var status = instance is null
            ? new WorkflowStatus(instanceId, orchestrator, nameof(OrchestrationRuntimeStatus.Pending), time.GetUtcNow(), time.GetUtcNow(), null, null, null, WorkflowLinks.For(baseUrl, instanceId))
            : ToStatus(instance, baseUrl);
        LogStarted(orchestrator, instanceId, isNew);
        return ApiResponse.Accepted(status, status.Links.Status);
    }

    /// <summary>Schedules <paramref name="instanceId"/> unless it exists; a concurrent duplicate start loses the race quietly.</summary>
    private async Task<(OrchestrationMetadata? Instance, bool IsNew)> ScheduleOnceAsync(DurableTaskClient client, string orchestrator, object input, string instanceId, CancellationToken ct)
    {
        var existing = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, false);
        }
        input = await ByReferenceWhenBigAsync(input, instanceId, ct).ConfigureAwait(false);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), ct).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Backends disagree on how they refuse a duplicate id; the instance existing now is the one answer they share.
            var raced = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }
            return (raced, false);
        }
        return (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false), true);
    }

    /// <summary>
    /// An input bigger than <see cref="Common.WorkflowOptions.InlinePayloadBytes"/> goes to the payload store and the
    /// orchestration gets a reference (the sidecar's messages stop at 4 MB, and each replay would read it again).
    /// </summary>
    private async Task<object> ByReferenceWhenBigAsync(object input, string instanceId, CancellationToken ct)
    {
        if (input is not IPayloadInput<object> byReference)
        {
            return input;
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(input, input.GetType(), WorkflowJson.Options);
        if (bytes.Length <= payloads.InlinePayloadBytes)
        {
            return input;
        }
        var name = WorkflowPayloads.InputName(instanceId);
        await payloads.WriteRawAsync(name, bytes, ct).ConfigureAwait(false);
        LogInputByReference(instanceId, bytes.Length, name);
        return byReference.ByReference(name);
    }

    private static async Task<ApiResponse> ControlAsync(
        DurableTaskClient client, string instanceId, string baseUrl, bool mustBeSuspended,
        Func<DurableTaskClient, string, CancellationToken, Task> action, CancellationToken ct)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false);
        if (instance is null)
        {
            return UnknownInstance(instanceId);
        }
        if (instance.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
        {
            return ApiResponse.Conflict($"workflow '{instanceId}' has already ended ({instance.RuntimeStatus})");
        }
        if (mustBeSuspended && instance.RuntimeStatus != OrchestrationRuntimeStatus.Suspended)
        {
            return ApiResponse.Conflict($"workflow '{instanceId}' is not suspended ({instance.RuntimeStatus})");
        }
        await action(client, instanceId, ct).ConfigureAwait(false);
        var links = WorkflowLinks.For(baseUrl, instanceId);
        return ApiResponse.Accepted(new { id = instanceId, links }, links.Status);
    }

    private static ApiResponse UnknownInstance(string instanceId) =>
        ApiResponse.NotFound($"no workflow with id '{instanceId}'");

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "{Orchestrator} instance {InstanceId} requested (newly scheduled: {IsNew})")]
    private partial void LogStarted(string orchestrator, string instanceId, bool isNew);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Scheduled sweep for occurrence {Occurrence:o} is instance {InstanceId} (new: {IsNew})")]
    private partial void LogScheduledSweep(string instanceId, DateTimeOffset occurrence, bool isNew);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Input of {InstanceId} ({Bytes} bytes) travels by reference as payload {Name}")]
    private partial void LogInputByReference(string instanceId, int bytes, string name);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Malformed bulk invitation message, moving it to the poison queue: {Reason}")]
    private partial void LogMalformedMessage(string reason);
}
