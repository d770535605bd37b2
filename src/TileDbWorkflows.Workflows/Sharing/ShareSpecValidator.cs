using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Field checks of shares, shared by the onboarding plan and the sharing request.</summary>
public static class ShareSpecValidator
{
    /// <summary>
    /// Checks every share as <c>{at}[i]</c>. A revoke sends no actions, so <paramref name="requireActions"/> is false
    /// then; actions given anyway must still be known ones.
    /// </summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<ShareSpec> shares, bool requireActions = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Each(at, shares, (field, s) =>
        {
            errors.NotEmpty($"{field}.assets", s.Assets);
            errors.Each($"{field}.assets", s.Assets, errors.AssetReference);
            errors.NotEmpty($"{field}.users", s.Users);
            errors.Each($"{field}.users", s.Users, (userField, user) =>
            {
                if (!TileDbVocabulary.IsName(user))
                {
                    errors.Add(userField, $"'{user}' is not a valid username");
                }
            });
            if (requireActions)
            {
                errors.NotEmpty($"{field}.actions", s.Actions);
            }
            errors.AllOneOf($"{field}.actions", s.Actions, TileDbVocabulary.ArrayActions);
        });
    }
}
