using System.Text.Json;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// <c>tdbw onboard PLAN.json [--dry-run] [--watch]</c>: posts the plan to the worker's <c>/api/onboarding</c>.
/// A dry run answers with the report directly when it is quick; otherwise the workflow is watched or its id printed.
/// </summary>
internal static class OnboardCommand
{
    public static Command Create(CliHost host)
    {
        var plan = new Argument<string>("plan") { Description = "Onboarding plan (JSON), e.g. samples/onboarding.json" };
        var dryRun = CommonOptions.DryRun();
        var watch = CommonOptions.Watch("Follow the workflow with live progress until it ends");
        var key = CommonOptions.IdempotencyKey("Same key, same workflow: a repeated call starts nothing new");
        var timeout = CommonOptions.Timeout("Stop watching after this long (10m, 1h); the workflow keeps running");
        return host.Command("onboard", "Start the onboarding workflow for a plan", [plan, dryRun, watch, key, timeout, host.Globals.Endpoint, host.Globals.Key], async (ctx, ct) =>
        {
            var body = ReadJsonFile(ctx.Get(plan)!);
            using var client = ctx.CreateWorkflowClient();
            var route = ctx.Get(dryRun) ? ApiRoutes.Onboarding + "?dryRun=true" : ApiRoutes.Onboarding;
            var before = await ExistingWorkflow.FindAsync(client, ctx.Get(dryRun) ? InstanceIds.Onboarding + "-dryrun" : InstanceIds.Onboarding, ctx.Get(key), ct).ConfigureAwait(false);
            var status = await client.StartAsync(route, body, ctx.Get(key), ct).ConfigureAwait(false);
            ExistingWorkflow.Tell(ctx, before, status, "--idempotency-key");
            return await Follow(ctx, client, status, ctx.Get(watch) || ctx.Get(dryRun), Values.Duration(ctx.Get(timeout)), ct).ConfigureAwait(false);
        });
    }

    /// <summary>After a start: show a finished result, watch a running one, or print how to follow it.</summary>
    public static async Task<int> Follow(CliContext ctx, WorkflowApi.WorkflowApiClient client, TileDbWorkflows.Workflows.Triggers.WorkflowStatus status, bool watch, TimeSpan? timeout, CancellationToken ct)
    {
        if (WorkflowView.IsFinal(status))
        {
            if (ctx.Json)
            {
                ctx.WriteJson(status, CliJson.Workflows);
            }
            else
            {
                WorkflowView.Finish(ctx, status);
            }

            return WorkflowView.ExitCode(status);
        }

        if (!watch)
        {
            WorkflowView.Started(ctx, status);
            return ExitCodes.Success;
        }

        if (!ctx.Json)
        {
            ctx.Output.Line($"Watching {status.Name} workflow {status.Id} (Ctrl+C stops watching; the workflow keeps running)");
        }

        return await WorkflowView.WatchAsync(ctx, client, status.Id, timeout, ct).ConfigureAwait(false);
    }

    /// <summary>Reads a request file and checks it is JSON, so a typo fails here rather than as a 400 from the worker.</summary>
    public static string ReadJsonFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"file '{path}' does not exist");
        }

        var text = File.ReadAllText(path);
        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new UsageException($"'{path}' is not valid JSON: {ex.Message}");
        }

        return text;
    }
}
