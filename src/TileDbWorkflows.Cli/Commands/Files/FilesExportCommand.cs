using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Files;

/// <summary>
/// <c>tdbw files export URI --output-uri s3://...</c> (<c>files.utils.export_file</c>). Only object storage
/// targets: exporting to a local path needs TileDB core, which neither the client nor tdbw embeds.
/// </summary>
internal static class FilesExportCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri("tiledb://namespace/file-array");
        var output = new Option<string>("--output-uri") { Description = "Object storage target, e.g. s3://bucket/exports/report.pdf", Required = true };
        var command = new Command("export", "Export a file array back to its original format in object storage") { uri, output };
        host.SetAction(command, async (ctx, ct) =>
        {
            var target = Values.Uri(ctx.Get(uri)!);
            using var client = ctx.CreateCloudClient();
            var exported = await client.Files.ExportAsync(target, ctx.Get(output)!, ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(exported);
            }
            else
            {
                ctx.Output.Success($"Exported {target} to {exported.OutputUri ?? ctx.Get(output)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
