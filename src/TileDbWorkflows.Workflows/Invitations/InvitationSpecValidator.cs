using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Field checks shared by the onboarding plan's invitations and the bulk invitation request.</summary>
public static class InvitationSpecValidator
{
    public static void Validate(FieldErrors errors, string at, InvitationSpec spec, bool allowLargeLists = false)
    {
        if (!Enum.IsDefined(spec.Kind))
        {
            errors.Add($"{at}.kind", "must be array, group or organization");
        }
        if (spec.Kind == InvitationKind.Organization)
        {
            errors.Namespace($"{at}.target", spec.Target);
        }
        else if (Enum.IsDefined(spec.Kind))
        {
            errors.AssetReference($"{at}.target", spec.Target);
        }
        else
        {
            errors.Required($"{at}.target", spec.Target);
        }
        errors.NotEmpty($"{at}.recipients", spec.Recipients);
        if (!allowLargeLists && spec.Recipients.Count > 1000)
        {
            errors.Add($"{at}.recipients", "lists of more than 1000 recipients go through the bulk invitations workflow");
        }
        for (var r = 0; r < spec.Recipients.Count; r++)
        {
            errors.Recipient($"{at}.recipients[{r}]", spec.Recipients[r]);
        }
        switch (spec.Kind)
        {
            case InvitationKind.Array:
                errors.NotEmpty($"{at}.actions", spec.Actions);
                errors.AllOneOf($"{at}.actions", spec.Actions, TileDbVocabulary.ArrayActions);
                break;
            case InvitationKind.Group:
                errors.AllOneOf($"{at}.actions", spec.Actions, TileDbVocabulary.ArrayActions);
                errors.NotEmpty($"{at}.groupActions", spec.GroupActions);
                errors.AllOneOf($"{at}.groupActions", spec.GroupActions, TileDbVocabulary.GroupActions);
                break;
            case InvitationKind.Organization:
                if (errors.Required($"{at}.role", spec.Role))
                {
                    errors.OneOf($"{at}.role", spec.Role, TileDbVocabulary.OrganizationRoles);
                }
                errors.AllOneOf($"{at}.actions", spec.Actions, TileDbVocabulary.NamespaceActions);
                break;
        }
    }
}
