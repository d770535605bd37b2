namespace TileDbWorkflows.Workflows.Plans;

/// <summary>The kinds a plan diffs, as they appear in its tables and report lines (the phase of each line).</summary>
public static class PlanKinds
{
    public const string Arrays = "arrays";
    public const string Groups = "groups";
    public const string Files = "files";
    public const string Members = "members";
    public const string Shares = "shares";
    public const string Invitations = "invitations";

    /// <summary>The access diff's lines: who gains or loses which actions on what.</summary>
    public const string Access = "access";

    public static IReadOnlyList<string> InOrder { get; } = [Arrays, Groups, Files, Members, Shares, Invitations];
}
