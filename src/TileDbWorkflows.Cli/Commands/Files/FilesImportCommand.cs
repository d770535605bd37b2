using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Files;

namespace TileDbWorkflows.Cli.Commands.Files;

/// <summary><c>tdbw files import</c> (<c>files.utils.create_file</c>): object storage file to a registered file array.</summary>
internal static class FilesImportCommand
{
    public static Command Create(CliHost host)
    {
        var input = new Argument<string>("input-uri") { Description = "Source file, e.g. s3://bucket/files/report.pdf" };
        var ns = CommonOptions.RequiredNamespace("Namespace that will own the file array");
        var output = new Option<string>("--output-uri") { Description = "Where the file array is written, e.g. s3://bucket/files/arrays/report", Required = true };
        var name = new Option<string?>("--name") { Description = "Registered name (default: chosen by the service)" };
        var credentials = new Option<string?>("--access-credentials-name") { Description = "Stored cloud credentials" };
        return host.Command("import", "Import a file from object storage into a TileDB file array", [input, ns, output, name, credentials], async (ctx, ct) =>
        {
            var created = await ctx.Cloud.Files.CreateAsync(
                new FileCreateRequest
                {
                    Namespace = ctx.Get(ns)!,
                    InputUri = ctx.Get(input)!,
                    OutputUri = ctx.Get(output)!,
                    Name = ctx.Get(name),
                    AccessCredentialsName = ctx.Get(credentials),
                },
                ct).ConfigureAwait(false);
            return ctx.Emit(created, () => ctx.Output.Success($"Imported {ctx.Get(input)} as {created.FileName ?? ctx.Get(name)} at {created.OutputUri}"));
        });
    }
}
