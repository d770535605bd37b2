namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Normalises and de-duplicates recipients: trimmed, emails lower-cased, usernames compared without case.</summary>
public static class Recipients
{
    public static IReadOnlyList<string> Normalize(IEnumerable<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<string>();
        foreach (var raw in recipients)
        {
            var r = raw?.Trim() ?? string.Empty;
            if (r.Length == 0)
            {
                continue;
            }
            if (r.Contains('@', StringComparison.Ordinal))
            {
                r = r.ToLowerInvariant();
            }
            if (seen.Add(r))
            {
                list.Add(r);
            }
        }
        return list;
    }
}
