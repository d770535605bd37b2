using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>Field checks of files to import, shared by the onboarding plan (<c>files</c>) and the import request (<c>imports</c>).</summary>
public static class FileImportSpecValidator
{
    /// <summary>Checks every file as <c>{at}[i]</c>.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<FileImportSpec> files)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(files);
        for (var i = 0; i < files.Count; i++)
        {
            var f = files[i];
            var field = $"{at}[{i}]";
            if (errors.Required($"{field}.inputUri", f.InputUri) && !TileDbVocabulary.IsStorageUri(f.InputUri))
            {
                errors.Add($"{field}.inputUri", $"'{f.InputUri}' is not an object-storage URI such as s3://bucket/file.pdf");
            }
            if (errors.Required($"{field}.name", f.Name) && !TileDbVocabulary.IsName(f.Name))
            {
                errors.Add($"{field}.name", $"'{f.Name}' is not a valid array name");
            }
            if (f.OutputUri is not null && !TileDbVocabulary.IsStorageUri(f.OutputUri))
            {
                errors.Add($"{field}.outputUri", $"'{f.OutputUri}' is not an object-storage URI");
            }
        }
    }
}
