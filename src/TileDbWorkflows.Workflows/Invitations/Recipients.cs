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

    /// <summary>
    /// Why the service refused a recipient. Emails are checked before sending, so a refused name without '@' is one the
    /// service does not know: a user name is a TileDB namespace, and the service fails exactly those it has no namespace
    /// for. A refused well-formed email has no cause the answer tells.
    /// </summary>
    public static string RefusalReason(string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return recipient.Contains('@', StringComparison.Ordinal)
            ? "refused by TileDB Cloud (it does not say why)"
            : $"unknown namespace: TileDB Cloud has no user named '{recipient.Trim()}'";
    }
}
