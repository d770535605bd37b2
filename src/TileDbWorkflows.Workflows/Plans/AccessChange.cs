namespace TileDbWorkflows.Workflows.Plans;

/// <summary>What one user (or organization) gains and loses on one asset, counting access through groups.</summary>
public sealed record AccessChange(string User, string Asset, IReadOnlyList<string> Gains, IReadOnlyList<string> Losses)
{
    public string Item => $"{User} on {Asset}";

    public string Describe() => string.Join("; ", new[]
    {
        Gains.Count > 0 ? "gains " + string.Join(",", Gains) : null,
        Losses.Count > 0 ? "loses " + string.Join(",", Losses) : null,
    }.Where(s => s is not null));
}
