using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>Field checks of follow-up tasks (the onboarding plan's <c>tasks</c>).</summary>
public static class FollowUpTaskSpecValidator
{
    /// <summary>Checks every task as <c>{at}[i]</c>: a name, and exactly one of a SQL query and a <c>namespace/name</c> UDF.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<FollowUpTaskSpec> tasks)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Each(at, tasks, (field, t) =>
        {
            errors.Required($"{field}.name", t.Name);
            var hasSql = !string.IsNullOrWhiteSpace(t.Sql);
            var hasUdf = !string.IsNullOrWhiteSpace(t.Udf);
            if (hasSql == hasUdf)
            {
                errors.Add(field, "set exactly one of 'sql' and 'udf'");
            }
            else if (hasUdf && !(t.Udf!.Split('/') is [var udfNamespace, var udfName] && TileDbVocabulary.IsName(udfNamespace) && TileDbVocabulary.IsName(udfName)))
            {
                errors.Add($"{field}.udf", $"'{t.Udf}' must be a registered UDF as namespace/name");
            }
        });
    }
}
