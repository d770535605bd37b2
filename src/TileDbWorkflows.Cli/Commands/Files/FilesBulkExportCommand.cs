using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Files;

/// <summary>
/// <c>tdbw files bulk-export FILE | --namespace NS --uri tiledb://... --output-uri S3 ...</c>: the worker's file export
/// workflow (<c>POST /api/files/export</c>); <c>files export</c> is the one-file direct call.
/// </summary>
internal static class FilesBulkExportCommand
{
    private const string Help = "Export many file arrays back to object storage through the worker's file export workflow\n\n"
        + "Examples:\n"
        + "  tdbw files bulk-export transfers.json --watch     # a FileTransferRequest: {\"namespace\":\"demo\",\"exports\":[...]}\n"
        + "  tdbw files bulk-export --namespace demo --uri tiledb://demo/a --output-uri s3://bucket/out/a.pdf";

    public static Command Create(CliHost host)
    {
        var file = new Argument<string?>("file") { Description = "A FileTransferRequest JSON file with exports (instead of the options below)", Arity = ArgumentArity.ZeroOrOne };
        var ns = CommonOptions.Namespace("Namespace of the file arrays");
        var uris = new Option<string[]>("--uri") { Description = "File array, tiledb://namespace/name (repeat, one per --output-uri)", Arity = ArgumentArity.ZeroOrMore };
        var outputs = new Option<string[]>("--output-uri") { Description = "Where the exported file is written (repeat, one per --uri)", Arity = ArgumentArity.ZeroOrMore };
        var start = new WorkflowStartOptions(host, "export");
        return host.Command("bulk-export", Help, [file, ns, uris, outputs, .. start.Symbols], async (ctx, ct) =>
        {
            FileTransferRequest request;
            if (ctx.Get(file) is { } path)
            {
                request = WorkflowStartOptions.ReadRequest<FileTransferRequest>(path);
            }
            else
            {
                var pairs = Values.Pairs(ctx.Get(uris), "--uri", ctx.Get(outputs), "--output-uri");
                request = new FileTransferRequest
                {
                    Namespace = ctx.Get(ns) ?? throw new UsageException("give a request file, or --namespace with --uri and --output-uri"),
                    Exports = pairs.Select(p => new FileExportSpec { Uri = p.Left, OutputUri = p.Right }).ToArray(),
                };
            }

            return await start.StartAsync(ctx, ApiRoutes.FileExport, InstanceIds.Files, request, ct).ConfigureAwait(false);
        });
    }
}
