using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>Checks a whole plan before anything runs and lists every problem by field.</summary>
public static class OnboardingPlanValidator
{
    public static IReadOnlyList<FieldError> Validate(OnboardingPlan? plan)
    {
        var errors = new FieldErrors();
        if (plan is null)
        {
            errors.Add("$", "a plan is required");
            return errors.Errors;
        }

        if (errors.Required("namespace", plan.Namespace) && !TileDbVocabulary.IsName(plan.Namespace))
        {
            errors.Add("namespace", $"'{plan.Namespace}' is not a valid namespace name");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Arrays.Count; i++)
        {
            var a = plan.Arrays[i];
            var at = $"arrays[{i}]";
            if (errors.Required($"{at}.name", a.Name) && !TileDbVocabulary.IsName(a.Name))
            {
                errors.Add($"{at}.name", $"'{a.Name}' is not a valid array name");
            }
            else if (!string.IsNullOrWhiteSpace(a.Name) && !names.Add(a.Name))
            {
                errors.Add($"{at}.name", $"'{a.Name}' appears more than once in the plan");
            }
            if (errors.Required($"{at}.storageUri", a.StorageUri) && !TileDbVocabulary.IsStorageUri(a.StorageUri))
            {
                errors.Add($"{at}.storageUri", $"'{a.StorageUri}' is not an object-storage URI such as s3://bucket/path");
            }
        }

        var groupNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Groups.Count; i++)
        {
            var g = plan.Groups[i];
            var at = $"groups[{i}]";
            if (errors.Required($"{at}.name", g.Name) && !TileDbVocabulary.IsName(g.Name))
            {
                errors.Add($"{at}.name", $"'{g.Name}' is not a valid group name");
            }
            else if (!string.IsNullOrWhiteSpace(g.Name) && !groupNames.Add(g.Name))
            {
                errors.Add($"{at}.name", $"'{g.Name}' appears more than once in the plan");
            }
            if (g.StorageUri is not null && !TileDbVocabulary.IsStorageUri(g.StorageUri))
            {
                errors.Add($"{at}.storageUri", $"'{g.StorageUri}' is not an object-storage URI such as s3://bucket/path");
            }
            if (g.Parent is not null && g.Parent == g.Name)
            {
                errors.Add($"{at}.parent", "a group cannot be its own parent");
            }
            for (var m = 0; m < g.Members.Count; m++)
            {
                CheckAssetReference(errors, $"{at}.members[{m}]", g.Members[m]);
            }
        }

        for (var i = 0; i < plan.Files.Count; i++)
        {
            var f = plan.Files[i];
            var at = $"files[{i}]";
            if (errors.Required($"{at}.inputUri", f.InputUri) && !TileDbVocabulary.IsStorageUri(f.InputUri))
            {
                errors.Add($"{at}.inputUri", $"'{f.InputUri}' is not an object-storage URI such as s3://bucket/file.pdf");
            }
            if (errors.Required($"{at}.name", f.Name) && !TileDbVocabulary.IsName(f.Name))
            {
                errors.Add($"{at}.name", $"'{f.Name}' is not a valid array name");
            }
            if (f.OutputUri is not null && !TileDbVocabulary.IsStorageUri(f.OutputUri))
            {
                errors.Add($"{at}.outputUri", $"'{f.OutputUri}' is not an object-storage URI");
            }
        }

        for (var i = 0; i < plan.Shares.Count; i++)
        {
            var s = plan.Shares[i];
            var at = $"shares[{i}]";
            errors.NotEmpty($"{at}.assets", s.Assets);
            for (var a = 0; a < s.Assets.Count; a++)
            {
                CheckAssetReference(errors, $"{at}.assets[{a}]", s.Assets[a]);
            }
            errors.NotEmpty($"{at}.users", s.Users);
            for (var u = 0; u < s.Users.Count; u++)
            {
                if (!TileDbVocabulary.IsName(s.Users[u]))
                {
                    errors.Add($"{at}.users[{u}]", $"'{s.Users[u]}' is not a valid username");
                }
            }
            errors.NotEmpty($"{at}.actions", s.Actions);
            errors.AllOneOf($"{at}.actions", s.Actions, TileDbVocabulary.ArrayActions);
        }

        for (var i = 0; i < plan.Invitations.Count; i++)
        {
            InvitationSpecValidator.Validate(errors, $"invitations[{i}]", plan.Invitations[i]);
        }

        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            var t = plan.Tasks[i];
            var at = $"tasks[{i}]";
            errors.Required($"{at}.name", t.Name);
            var hasSql = !string.IsNullOrWhiteSpace(t.Sql);
            var hasUdf = !string.IsNullOrWhiteSpace(t.Udf);
            if (hasSql == hasUdf)
            {
                errors.Add(at, "set exactly one of 'sql' and 'udf'");
            }
            else if (hasUdf && !(t.Udf!.Split('/') is [var udfNamespace, var udfName] && TileDbVocabulary.IsName(udfNamespace) && TileDbVocabulary.IsName(udfName)))
            {
                errors.Add($"{at}.udf", $"'{t.Udf}' must be a registered UDF as namespace/name");
            }
        }

        return errors.Errors;
    }

    private static void CheckAssetReference(FieldErrors errors, string field, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            errors.Add(field, "is required");
        }
        else if (reference.StartsWith("tiledb://", StringComparison.Ordinal))
        {
            var rest = reference["tiledb://".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == rest.Length - 1)
            {
                errors.Add(field, $"'{reference}' is not a tiledb://namespace/name URI");
            }
        }
        else if (!TileDbVocabulary.IsName(reference))
        {
            errors.Add(field, $"'{reference}' is neither a name in the plan's namespace nor a tiledb:// URI");
        }
    }
}
