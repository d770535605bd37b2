using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Files;

/// <summary>
/// <c>tdbw files bulk-import FILE | --namespace NS --input-uri S3 --name NAME ...</c>: the worker's file import workflow
/// (<c>POST /api/files/import</c>), batched and reported per file; <c>files import</c> is the one-file direct call.
/// </summary>
internal static class FilesBulkImportCommand
{
    private const string Help = "Import many files into file arrays through the worker's file import workflow\n\n"
        + "Examples:\n"
        + "  tdbw files bulk-import transfers.json --watch     # a FileTransferRequest: {\"namespace\":\"demo\",\"imports\":[...]}\n"
        + "  tdbw files bulk-import --namespace demo --input-uri s3://bucket/a.pdf --name a --input-uri s3://bucket/b.pdf --name b";

    public static Command Create(CliHost host)
    {
        var file = new Argument<string?>("file") { Description = "A FileTransferRequest JSON file with imports (instead of the options below)", Arity = ArgumentArity.ZeroOrOne };
        var ns = CommonOptions.Namespace("Namespace that will own the file arrays");
        var inputs = new Option<string[]>("--input-uri") { Description = "Source file, e.g. s3://bucket/docs/report.pdf (repeat, one per --name)", Arity = ArgumentArity.ZeroOrMore };
        var names = new Option<string[]>("--name") { Description = "Name of the file array to create (repeat, one per --input-uri)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output-uri") { Description = "Where the file arrays are written (default: the namespace's file location)" };
        var credentials = new Option<string?>("--access-credentials-name") { Description = "Stored cloud credentials" };
        var start = new WorkflowStartOptions(host, "import");
        return host.Command("bulk-import", Help, [file, ns, inputs, names, output, credentials, .. start.Symbols], async (ctx, ct) =>
        {
            FileTransferRequest request;
            if (ctx.Get(file) is { } path)
            {
                request = WorkflowStartOptions.ReadRequest<FileTransferRequest>(path);
            }
            else
            {
                var pairs = Values.Pairs(ctx.Get(inputs), "--input-uri", ctx.Get(names), "--name");
                request = new FileTransferRequest
                {
                    Namespace = ctx.Get(ns) ?? throw new UsageException("give a request file, or --namespace with --input-uri and --name"),
                    Imports = pairs.Select(p => new FileImportSpec
                    {
                        InputUri = p.Left,
                        Name = p.Right,
                        OutputUri = ctx.Get(output),
                        CredentialsName = ctx.Get(credentials),
                    }).ToArray(),
                };
            }

            return await start.StartAsync(ctx, ApiRoutes.FileImport, InstanceIds.Files, request, ct).ConfigureAwait(false);
        });
    }
}
