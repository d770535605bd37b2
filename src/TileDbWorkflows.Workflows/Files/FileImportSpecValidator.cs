using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>Field checks of files to import, shared by the onboarding plan (<c>files</c>) and the import request (<c>imports</c>).</summary>
public static class FileImportSpecValidator
{
    /// <summary>Checks every file as <c>{at}[i]</c>.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<FileImportSpec> files)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Each(at, files, (field, f) =>
        {
            errors.StorageUri($"{field}.inputUri", f.InputUri, required: true, "s3://bucket/file.pdf");
            errors.AssetName($"{field}.name", f.Name, "array");
            errors.StorageUri($"{field}.outputUri", f.OutputUri, required: false);
        });
    }
}
