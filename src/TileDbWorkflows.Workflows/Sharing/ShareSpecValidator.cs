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
        ArgumentNullException.ThrowIfNull(shares);
        for (var i = 0; i < shares.Count; i++)
        {
            var s = shares[i];
            var field = $"{at}[{i}]";
            errors.NotEmpty($"{field}.assets", s.Assets);
            for (var a = 0; a < s.Assets.Count; a++)
            {
                errors.AssetReference($"{field}.assets[{a}]", s.Assets[a]);
            }
            errors.NotEmpty($"{field}.users", s.Users);
            for (var u = 0; u < s.Users.Count; u++)
            {
                if (!TileDbVocabulary.IsName(s.Users[u]))
                {
                    errors.Add($"{field}.users[{u}]", $"'{s.Users[u]}' is not a valid username");
                }
            }
            if (requireActions)
            {
                errors.NotEmpty($"{field}.actions", s.Actions);
            }
            errors.AllOneOf($"{field}.actions", s.Actions, TileDbVocabulary.ArrayActions);
        }
    }
}
