namespace TileDbWorkflows.Emulator.State;

/// <summary>
/// Who may see and do what. Visibility comes from the namespace role (own user namespace = owner,
/// organization membership role), direct shares to the user or to one of their organizations, group
/// shares (their array actions reach member arrays) and public sharing. Call only under the state lock.
/// </summary>
internal static class Access
{
    public static string? NamespaceRole(EmulatorState state, string username, string ns)
    {
        if (string.Equals(username, ns, StringComparison.OrdinalIgnoreCase) && state.Users.ContainsKey(ns))
        {
            return Roles.Owner;
        }

        return state.Organizations.TryGetValue(ns, out var org) && org.Members.TryGetValue(username, out var role) ? role : null;
    }

    /// <summary>The user's own namespace and every organization they belong to.</summary>
    public static List<string> MemberNamespaces(EmulatorState state, string username)
    {
        var list = new List<string> { state.Users[username].Username };
        foreach (var org in state.Organizations.Values)
        {
            if (org.Members.ContainsKey(username))
            {
                list.Add(org.Name);
            }
        }

        return list;
    }

    public static HashSet<string> ArrayActions(EmulatorState state, string username, ArrayRecord array)
    {
        var actions = new HashSet<string>(Roles.ArrayActionsFor(NamespaceRole(state, username, array.Namespace)));
        foreach (var ns in MemberNamespaces(state, username))
        {
            if (array.Shares.TryGetValue(ns, out var shared))
            {
                actions.UnionWith(shared);
            }
        }

        foreach (var group in state.Groups.Values)
        {
            if (!group.Members.Exists(m => !m.IsGroup && m.TargetId == array.Id))
            {
                continue;
            }

            foreach (var ns in MemberNamespaces(state, username))
            {
                if (group.Shares.TryGetValue(ns, out var share))
                {
                    actions.UnionWith(share.ArrayActions);
                }
            }
        }

        if (array.Public)
        {
            actions.UnionWith(Roles.PublicArrayActions);
        }

        return actions;
    }

    public static HashSet<string> GroupActions(EmulatorState state, string username, GroupRecord group)
    {
        var actions = new HashSet<string>(Roles.GroupActionsFor(NamespaceRole(state, username, group.Namespace)));
        foreach (var ns in MemberNamespaces(state, username))
        {
            if (group.Shares.TryGetValue(ns, out var share))
            {
                actions.UnionWith(share.GroupActions);
            }
        }

        if (group.Public)
        {
            actions.Add("read");
        }

        return actions;
    }

    public static bool SharedWithUser(EmulatorState state, string username, Dictionary<string, List<string>> shares, IReadOnlyList<string>? sharedTo)
    {
        foreach (var ns in MemberNamespaces(state, username))
        {
            if (shares.TryGetValue(ns, out var a) && a.Count > 0 && (sharedTo is null || sharedTo.Count == 0 || sharedTo.Contains(ns, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    public static void RequireNamespaceCreate(EmulatorState state, string username, string ns)
    {
        if (!state.NamespaceExists(ns))
        {
            throw Http.ApiException.NotFound($"namespace {ns} not found");
        }

        if (!Roles.CanCreate(NamespaceRole(state, username, ns)))
        {
            throw Http.ApiException.Forbidden($"user {username} may not create assets in namespace {ns}");
        }
    }

    public static bool CanAdminNamespace(EmulatorState state, string username, string ns) => Roles.CanAdmin(NamespaceRole(state, username, ns));

    public static bool CanDeleteInNamespace(EmulatorState state, string username, string ns) => Roles.CanDelete(NamespaceRole(state, username, ns));
}
