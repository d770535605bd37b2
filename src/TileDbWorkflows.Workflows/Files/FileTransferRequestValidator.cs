using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>Field checks of a file import or export request.</summary>
public static class FileTransferRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(FileTransferRequest request, bool imports)
    {
        if (imports)
        {
            var errors = OnboardingPlanValidator.Validate(new OnboardingPlan { Namespace = request.Namespace, Files = request.Imports }).ToList();
            if (request.Imports.Count == 0)
            {
                errors.Add(new FieldError("imports", "must list at least one file"));
            }
            return errors.Select(e => e.Field.StartsWith("files", StringComparison.Ordinal) ? e with { Field = "imports" + e.Field["files".Length..] } : e).ToArray();
        }

        var exportErrors = new FieldErrors();
        exportErrors.NotEmpty("exports", request.Exports);
        for (var i = 0; i < request.Exports.Count; i++)
        {
            var e = request.Exports[i];
            if (exportErrors.Required($"exports[{i}].uri", e.Uri) && !e.Uri.StartsWith("tiledb://", StringComparison.Ordinal))
            {
                exportErrors.Add($"exports[{i}].uri", $"'{e.Uri}' must be a tiledb://namespace/name URI");
            }
            if (exportErrors.Required($"exports[{i}].outputUri", e.OutputUri) && !TileDbVocabulary.IsStorageUri(e.OutputUri))
            {
                exportErrors.Add($"exports[{i}].outputUri", $"'{e.OutputUri}' is not an object-storage URI");
            }
        }
        return exportErrors.Errors;
    }
}
