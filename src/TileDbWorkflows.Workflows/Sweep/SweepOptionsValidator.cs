using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Checks container names against Azure's rules at start, so a typo fails the host instead of the nightly run.</summary>
public sealed partial class SweepOptionsValidator : IValidateOptions<SweepOptions>
{
    public ValidateOptionsResult Validate(string? name, SweepOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (key, value) in new[] { (nameof(options.ManifestContainer), options.ManifestContainer), (nameof(options.ReportContainer), options.ReportContainer) })
        {
            if (value is null || !ContainerName().IsMatch(value) || value.Contains("--", StringComparison.Ordinal))
            {
                errors.Add($"{SweepOptions.SectionName}:{key} '{value}' is not a blob container name (3-63 lowercase letters, digits and single hyphens)");
            }
        }
        if (string.IsNullOrWhiteSpace(options.ConnectionName) && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"{SweepOptions.SectionName}:ConnectionName or {SweepOptions.SectionName}:ConnectionString is required");
        }
        if (!string.IsNullOrEmpty(options.Namespace) && !Validation.TileDbVocabulary.IsName(options.Namespace))
        {
            errors.Add($"{SweepOptions.SectionName}:Namespace '{options.Namespace}' is not a valid namespace name");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ContainerName();
}
