using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Worker.Security;

internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    // Short keys are guessable; Functions' generated keys are far longer than this.
    internal const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var keys = options.AcceptedKeys().ToList();
        if (keys.Count == 0 && !options.AllowAnonymousLoopback)
        {
            return ValidateOptionsResult.Fail(
                "No API key: set Worker:ApiKey (or Worker:ApiKeys), or Worker:AllowAnonymousLoopback=true for local use.");
        }
        return keys.Any(key => key.Length < MinimumKeyLength)
            ? ValidateOptionsResult.Fail($"Every Worker:ApiKey must have at least {MinimumKeyLength} characters.")
            : ValidateOptionsResult.Success;
    }
}
