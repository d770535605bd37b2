namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>A tdbw setting as the command will use it, and where it came from (flag, environment variable, tdbw.json).</summary>
internal sealed record ResolvedSetting(string? Value, string? Source)
{
    public static ResolvedSetting First(params (string? Value, string Source)[] candidates) =>
        candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c.Value)) is { Value: not null } found
            ? new ResolvedSetting(found.Value, found.Source)
            : new ResolvedSetting(null, null);
}
