using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>Field checks of a file import or export request.</summary>
public static class FileTransferRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(FileTransferRequest request, bool imports)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (imports)
        {
            var errors = new FieldErrors();
            errors.Namespace("namespace", request.Namespace);
            FileImportSpecValidator.Validate(errors, "imports", request.Imports);
            if (request.Imports.Count == 0)
            {
                errors.Add("imports", "must list at least one file");
            }
            return errors.Errors;
        }

        var exportErrors = new FieldErrors();
        exportErrors.NotEmpty("exports", request.Exports);
        exportErrors.Each("exports", request.Exports, (field, e) =>
        {
            if (exportErrors.Required($"{field}.uri", e.Uri) && !e.Uri.StartsWith("tiledb://", StringComparison.Ordinal))
            {
                exportErrors.Add($"{field}.uri", $"'{e.Uri}' must be a tiledb://namespace/name URI");
            }
            exportErrors.StorageUri($"{field}.outputUri", e.OutputUri, required: true);
        });
        return exportErrors.Errors;
    }
}
