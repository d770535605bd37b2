using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using TileDbWorkflows.Functions.Http;
using TileDbWorkflows.Functions.Tests.Support;

namespace TileDbWorkflows.Functions.Tests.Http;

public sealed class WorkflowQueryFunctionTests
{
    [Fact]
    public async Task Get_of_an_unknown_id_answers_404_problem_details()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await new GetWorkflowFunction(Api.Create()).GetWorkflow(
            HttpRequests.Create("GET", "workflows/nope"), "nope", client.Object, default));

        Assert.Equal(404, result.Status);
        Assert.Equal("application/problem+json", result.ContentType);
        Assert.Contains("nope", result.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_of_a_known_id_answers_its_status_and_links()
    {
        var client = new FakeDurableClient();
        client.Add("sweep-1", "SweepOrchestrator", OrchestrationRuntimeStatus.Running);

        var result = await ExecutedResult.RunAsync(await new GetWorkflowFunction(Api.Create()).GetWorkflow(
            HttpRequests.Create("GET", "workflows/sweep-1"), "sweep-1", client.Object, default));

        Assert.Equal(200, result.Status);
        Assert.Equal("sweep-1", result.Json.GetProperty("id").GetString());
        Assert.Equal("SweepOrchestrator", result.Json.GetProperty("name").GetString());
        Assert.Equal($"{HttpRequests.BaseUrl}/workflows/sweep-1/terminate", result.Json.GetProperty("links").GetProperty("terminate").GetString());
    }

    [Fact]
    public async Task List_passes_the_query_string_filters_to_the_client()
    {
        var client = new FakeDurableClient();
        OrchestrationQuery? seen = null;
        client.Mock.Setup(c => c.GetAllInstancesAsync(It.IsAny<OrchestrationQuery?>()))
            .Returns((OrchestrationQuery? q) =>
            {
                seen = q;
                return Pageable.Create((string? token, int? size, CancellationToken _) => Task.FromResult(new Page<OrchestrationMetadata>(
                    [new OrchestrationMetadata("SweepOrchestrator", "sweep-a") { RuntimeStatus = OrchestrationRuntimeStatus.Failed }], "next-page")));
            });

        var result = await ExecutedResult.RunAsync(await new ListWorkflowsFunction(Api.Create()).ListWorkflows(
            HttpRequests.Create("GET", "workflows", query: "status=failed,running&prefix=sweep-&pageSize=10"), client.Object, default));

        Assert.Equal(200, result.Status);
        Assert.NotNull(seen);
        Assert.Equal([OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Running], seen.Statuses);
        Assert.Equal("sweep-", seen.InstanceIdPrefix);
        Assert.Equal(10, seen.PageSize);
        Assert.Equal("sweep-a", Assert.Single(result.Json.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("next-page", result.Json.GetProperty("continuationToken").GetString());
    }

    [Fact]
    public async Task List_with_a_bad_filter_answers_400_naming_it()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await new ListWorkflowsFunction(Api.Create()).ListWorkflows(
            HttpRequests.Create("GET", "workflows", query: "pageSize=0&status=sleeping"), client.Object, default));

        Assert.Equal(400, result.Status);
        var errors = result.Json.GetProperty("errors");
        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("status", out _));
        client.Mock.Verify(c => c.GetAllInstancesAsync(It.IsAny<OrchestrationQuery?>()), Times.Never);
    }

    [Fact]
    public async Task Terminate_suspend_and_resume_of_an_unknown_id_answer_404_and_change_nothing()
    {
        var client = new FakeDurableClient();
        var api = Api.Create();

        var terminate = await ExecutedResult.RunAsync(await new TerminateWorkflowFunction(api).TerminateWorkflow(HttpRequests.Create("POST", "workflows/x/terminate"), "x", client.Object, default));
        var suspend = await ExecutedResult.RunAsync(await new SuspendWorkflowFunction(api).SuspendWorkflow(HttpRequests.Create("POST", "workflows/x/suspend"), "x", client.Object, default));
        var resume = await ExecutedResult.RunAsync(await new ResumeWorkflowFunction(api).ResumeWorkflow(HttpRequests.Create("POST", "workflows/x/resume"), "x", client.Object, default));

        Assert.Equal([404, 404, 404], new[] { terminate.Status, suspend.Status, resume.Status });
        client.Mock.Verify(c => c.TerminateInstanceAsync(It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Mock.Verify(c => c.SuspendInstanceAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Mock.Verify(c => c.ResumeInstanceAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Terminate_of_a_running_workflow_terminates_it_with_the_given_reason()
    {
        var client = new FakeDurableClient();
        client.Add("files-1", "FileTransferOrchestrator", OrchestrationRuntimeStatus.Running);

        var result = await ExecutedResult.RunAsync(await new TerminateWorkflowFunction(Api.Create()).TerminateWorkflow(
            HttpRequests.Create("POST", "workflows/files-1/terminate", query: "reason=wrong%20bucket"), "files-1", client.Object, default));

        Assert.Equal(202, result.Status);
        Assert.Equal($"{HttpRequests.BaseUrl}/workflows/files-1", result.Location);
        // The reason is the terminated instance's output, which is what the status API shows afterwards.
        client.Mock.Verify(c => c.TerminateInstanceAsync("files-1", (object?)"wrong bucket", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Suspend_then_resume_reach_the_client_and_resume_of_a_running_workflow_is_409()
    {
        var client = new FakeDurableClient();
        client.Add("tasks-1", "TaskWatchOrchestrator", OrchestrationRuntimeStatus.Running);
        var api = Api.Create();

        var suspend = await ExecutedResult.RunAsync(await new SuspendWorkflowFunction(api).SuspendWorkflow(HttpRequests.Create("POST", "workflows/tasks-1/suspend"), "tasks-1", client.Object, default));
        var resumeRunning = await ExecutedResult.RunAsync(await new ResumeWorkflowFunction(api).ResumeWorkflow(HttpRequests.Create("POST", "workflows/tasks-1/resume"), "tasks-1", client.Object, default));
        client.Add("tasks-1", "TaskWatchOrchestrator", OrchestrationRuntimeStatus.Suspended);
        var resume = await ExecutedResult.RunAsync(await new ResumeWorkflowFunction(api).ResumeWorkflow(HttpRequests.Create("POST", "workflows/tasks-1/resume"), "tasks-1", client.Object, default));

        Assert.Equal(202, suspend.Status);
        Assert.Equal(409, resumeRunning.Status);
        Assert.Equal(202, resume.Status);
        client.Mock.Verify(c => c.SuspendInstanceAsync("tasks-1", It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);
        client.Mock.Verify(c => c.ResumeInstanceAsync("tasks-1", It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
