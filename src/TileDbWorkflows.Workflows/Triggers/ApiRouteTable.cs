using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Tasks;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// Every HTTP route of both hosts, once: the worker maps <see cref="All"/> in a loop, each Functions HTTP trigger
/// hands its request to its entry here (a test checks their attributes agree), and the CLI builds its paths from
/// <see cref="ApiRoutes"/>. Adding a workflow route: see Triggers/README.md.
/// </summary>
public static class ApiRouteTable
{
    public static ApiRoute StartOnboarding { get; } =
        new(nameof(StartOnboarding), ApiRoutes.Post, ApiRoutes.Onboarding, (api, client, request) => api.StartOnboardingAsync(client, request));

    public static ApiRoute StartSweep { get; } = Start(nameof(StartSweep), ApiRoutes.Sweeps, new WorkflowStart<SweepRequest>(
        nameof(SweepOrchestrator),
        SweepRequestValidator.Validate,
        InstanceIds.ByIdempotencyKey(InstanceIds.Sweep),
        WhenEmpty: () => new SweepRequest(),
        NeedsBlobStorage: true));

    // Keyed by the request's own requestId (as queue messages are), not by Idempotency-Key.
    public static ApiRoute StartInvitations { get; } = Start(nameof(StartInvitations), ApiRoutes.Invitations, new WorkflowStart<BulkInvitationRequest>(
        nameof(BulkInvitationOrchestrator),
        BulkInvitationRequestValidator.Validate,
        (body, _) => InstanceIds.For(InstanceIds.Invitations, body.RequestId)));

    public static ApiRoute StartSharing { get; } = Start(nameof(StartSharing), ApiRoutes.Sharing, new WorkflowStart<SharingRequest>(
        nameof(SharingOrchestrator),
        SharingRequestValidator.Validate,
        InstanceIds.ByIdempotencyKey(InstanceIds.Sharing)));

    // One endpoint per direction: the other list is dropped so a body copied between them cannot do both.
    public static ApiRoute StartFileImport { get; } = Start(nameof(StartFileImport), ApiRoutes.FileImport, new WorkflowStart<FileTransferRequest>(
        nameof(FileTransferOrchestrator),
        body => FileTransferRequestValidator.Validate(body, imports: true),
        InstanceIds.ByIdempotencyKey(InstanceIds.Files),
        body => body with { Exports = [] }));

    public static ApiRoute StartFileExport { get; } = Start(nameof(StartFileExport), ApiRoutes.FileExport, new WorkflowStart<FileTransferRequest>(
        nameof(FileTransferOrchestrator),
        body => FileTransferRequestValidator.Validate(body, imports: false),
        InstanceIds.ByIdempotencyKey(InstanceIds.Files),
        body => body with { Imports = [] }));

    public static ApiRoute StartTaskWatch { get; } = Start(nameof(StartTaskWatch), ApiRoutes.TaskWatch, new WorkflowStart<TaskWatchRequest>(
        nameof(TaskWatchOrchestrator),
        TaskWatchRequestValidator.Validate,
        InstanceIds.ByIdempotencyKey(InstanceIds.Tasks),
        body => new TaskWatchInput(body)));

    public static ApiRoute StartPlan { get; } = Start(nameof(StartPlan), ApiRoutes.Plans, new WorkflowStart<OnboardingPlan>(
        nameof(PlanOrchestrator),
        OnboardingPlanValidator.Validate,
        InstanceIds.ByIdempotencyKey(InstanceIds.Plan),
        body => new PlanInput(body)));

    public static ApiRoute StartApply { get; } = Start(nameof(StartApply), ApiRoutes.Apply, new WorkflowStart<ApplyRequest>(
        nameof(ApplyOrchestrator),
        ApplyRequestValidator.Validate,
        InstanceIds.ByIdempotencyKey(InstanceIds.Apply)));

    public static ApiRoute ApproveWorkflow { get; } =
        new(nameof(ApproveWorkflow), ApiRoutes.Post, ApiRoutes.ApproveWorkflow, (_, client, request) => ApprovalApi.DecideAsync(client, request, approved: true));

    public static ApiRoute RejectWorkflow { get; } =
        new(nameof(RejectWorkflow), ApiRoutes.Post, ApiRoutes.RejectWorkflow, (_, client, request) => ApprovalApi.DecideAsync(client, request, approved: false));

    public static ApiRoute GetWorkflow { get; } =
        new(nameof(GetWorkflow), ApiRoutes.Get, ApiRoutes.Workflow, (api, client, request) => api.GetAsync(client, request.Id, request.BaseUrl, request.Cancellation));

    public static ApiRoute GetWorkflowReport { get; } =
        new(nameof(GetWorkflowReport), ApiRoutes.Get, ApiRoutes.WorkflowReport, (api, client, request) => api.GetReportAsync(client, request.Id, request.Query, request.BaseUrl, request.Cancellation));

    public static ApiRoute ListWorkflows { get; } =
        new(nameof(ListWorkflows), ApiRoutes.Get, ApiRoutes.Workflows, (api, client, request) => api.ListAsync(client, request.Query, request.BaseUrl, request.Cancellation));

    public static ApiRoute TerminateWorkflow { get; } =
        new(nameof(TerminateWorkflow), ApiRoutes.Post, ApiRoutes.TerminateWorkflow, (api, client, request) => api.TerminateAsync(client, request.Id, request.Query("reason"), request.BaseUrl, request.Cancellation));

    public static ApiRoute SuspendWorkflow { get; } =
        new(nameof(SuspendWorkflow), ApiRoutes.Post, ApiRoutes.SuspendWorkflow, (api, client, request) => api.SuspendAsync(client, request.Id, request.Query("reason"), request.BaseUrl, request.Cancellation));

    public static ApiRoute ResumeWorkflow { get; } =
        new(nameof(ResumeWorkflow), ApiRoutes.Post, ApiRoutes.ResumeWorkflow, (api, client, request) => api.ResumeAsync(client, request.Id, request.Query("reason"), request.BaseUrl, request.Cancellation));

    /// <summary>Every route, in the order the README lists them. Declared last: static initializers run in text order.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        StartOnboarding, StartSweep, StartInvitations, StartSharing, StartFileImport, StartFileExport, StartTaskWatch,
        GetWorkflow, GetWorkflowReport, ListWorkflows, TerminateWorkflow, SuspendWorkflow, ResumeWorkflow,
        StartPlan, StartApply, ApproveWorkflow, RejectWorkflow,
    ];

    private static ApiRoute Start<TRequest>(string name, string template, WorkflowStart<TRequest> start)
        where TRequest : class =>
        new(name, ApiRoutes.Post, template, (api, client, request) => api.StartAsync(client, start, request));
}
