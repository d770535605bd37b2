namespace TileDbWorkflows.Emulator;

/// <summary>
/// The emulator's one source of ids (assets, members, invitations, request ids, session tokens): random, as the
/// service's are, so tests never come to depend on a sequence the real service would not give them.
/// </summary>
public static class EmulatorIds
{
#pragma warning disable RS0030 // This is the seam the ban points to.
    public static string New() => Guid.NewGuid().ToString();

    /// <summary>Without dashes, for tokens.</summary>
    public static string NewCompact() => Guid.NewGuid().ToString("N");
#pragma warning restore RS0030
}
