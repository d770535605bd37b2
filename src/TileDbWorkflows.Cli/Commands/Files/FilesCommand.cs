using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Files;

/// <summary><c>tdbw files ...</c>.</summary>
internal static class FilesCommand
{
    public static Command Create(CliHost host) => new("files", "Import files into TileDB file arrays and export them back")
    {
        FilesImportCommand.Create(host),
        FilesExportCommand.Create(host),
        FilesBulkImportCommand.Create(host),
        FilesBulkExportCommand.Create(host),
    };
}
