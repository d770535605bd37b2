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
        return host.Command("export", "Export a file array back to its original format in object storage", [uri, output], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var exported = await ctx.Cloud.Files.ExportAsync(target, ctx.Get(output)!, ct).ConfigureAwait(false);
            return ctx.Emit(exported, () => ctx.Output.Success($"Exported {target} to {exported.OutputUri ?? ctx.Get(output)}"));
        });
    }
}
