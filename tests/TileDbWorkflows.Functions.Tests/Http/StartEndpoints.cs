using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Functions.Http;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Http;

/// <summary>Each start function by name, with its route, a valid body and what it must schedule.</summary>
internal static class StartEndpoints
{
    public static readonly IReadOnlyDictionary<string, Endpoint> All = new Dictionary<string, Endpoint>(StringComparer.Ordinal)
    {
        [ApiRoutes.Onboarding] = new(ApiRoutes.Onboarding, Support.Bodies.Onboarding, "OnboardingOrchestrator", "onboarding", (api, r, c) => new StartOnboardingFunction(api).StartOnboarding(r, c, default)),
        [ApiRoutes.Sweeps] = new(ApiRoutes.Sweeps, Support.Bodies.Sweep, "SweepOrchestrator", "sweep", (api, r, c) => new StartSweepFunction(api).StartSweep(r, c, default)),
        [ApiRoutes.Sharing] = new(ApiRoutes.Sharing, Support.Bodies.Sharing, "SharingOrchestrator", "sharing", (api, r, c) => new StartSharingFunction(api).StartSharing(r, c, default)),
        [ApiRoutes.FileImport] = new(ApiRoutes.FileImport, Support.Bodies.FileImport, "FileTransferOrchestrator", "files", (api, r, c) => new StartFileImportFunction(api).StartFileImport(r, c, default)),
        [ApiRoutes.FileExport] = new(ApiRoutes.FileExport, Support.Bodies.FileExport, "FileTransferOrchestrator", "files", (api, r, c) => new StartFileExportFunction(api).StartFileExport(r, c, default)),
        [ApiRoutes.TaskWatch] = new(ApiRoutes.TaskWatch, Support.Bodies.TaskWatch, "TaskWatchOrchestrator", "tasks", (api, r, c) => new StartTaskWatchFunction(api).StartTaskWatch(r, c, default)),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }
        return data;
    }

    internal sealed record Endpoint(
        string Route,
        string Body,
        string Orchestrator,
        string InstancePrefix,
        Func<WorkflowApi, HttpRequest, DurableTaskClient, Task<IActionResult>> Invoke);
}
