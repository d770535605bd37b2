using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.State;

/// <summary>
/// The whole emulated world behind one lock. Every handler reads its input first, then does all its
/// lookups, checks and mutations inside a single critical section, so a request is atomic and a
/// rejected one changes nothing. Critical sections are short dictionary work, which keeps the lock fast.
/// </summary>
internal sealed class EmulatorState
{
    /// <summary>Oldest tasks are evicted past this many, so load tests keep memory bounded.</summary>
    public const int MaxTasks = 20_000;

    public Lock Sync { get; } = new();

    public Dictionary<string, UserRecord> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, TokenRecord> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OrganizationRecord> Organizations { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> arrayNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> groupNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>By id; add, remove and rename through the methods so the name index stays in step.</summary>
    public Dictionary<string, ArrayRecord> Arrays { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, GroupRecord> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, InvitationRecord> Invitations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, TaskRecord> Tasks { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Queue<string> TaskOrder { get; } = new();

    /// <summary>Storage objects that exist, registered or not: deregistering leaves them here.</summary>
    public HashSet<string> Storage { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        Users.Clear();
        Tokens.Clear();
        Organizations.Clear();
        Arrays.Clear();
        Groups.Clear();
        arrayNames.Clear();
        groupNames.Clear();
        Invitations.Clear();
        Tasks.Clear();
        TaskOrder.Clear();
        Storage.Clear();
    }

    public bool NamespaceExists(string ns) => Users.ContainsKey(ns) || Organizations.ContainsKey(ns);

    /// <summary>Canonical spelling of a namespace (lookups are case-insensitive, answers keep the case).</summary>
    public string CanonicalNamespace(string ns) =>
        Users.TryGetValue(ns, out var u) ? u.Username
        : Organizations.TryGetValue(ns, out var o) ? o.Name
        : throw ApiException.NotFound($"namespace {ns} not found");

    public string NamespaceId(string ns) =>
        Users.TryGetValue(ns, out var u) ? u.Id
        : Organizations.TryGetValue(ns, out var o) ? o.Id
        : string.Empty;

    public string NamespaceType(string ns) => Organizations.ContainsKey(ns) ? "organization" : "user";

    public ArrayRecord? FindArray(string ns, string name)
    {
        if (arrayNames.TryGetValue(Key(ns, name), out var id))
        {
            return Arrays[id];
        }

        // The service also accepts an asset's UUID in the name slot.
        return Arrays.TryGetValue(name, out var byId) && string.Equals(byId.Namespace, ns, StringComparison.OrdinalIgnoreCase) ? byId : null;
    }

    public GroupRecord? FindGroup(string ns, string name)
    {
        if (groupNames.TryGetValue(Key(ns, name), out var id))
        {
            return Groups[id];
        }

        return Groups.TryGetValue(name, out var byId) && string.Equals(byId.Namespace, ns, StringComparison.OrdinalIgnoreCase) ? byId : null;
    }

    public void AddArray(ArrayRecord array)
    {
        Arrays[array.Id] = array;
        arrayNames[Key(array.Namespace, array.Name)] = array.Id;
        Storage.Add(array.Uri);
    }

    public void RemoveArray(ArrayRecord array)
    {
        Arrays.Remove(array.Id);
        arrayNames.Remove(Key(array.Namespace, array.Name));
        foreach (var g in Groups.Values)
        {
            g.Members.RemoveAll(m => m.TargetId == array.Id);
        }
    }

    public void RenameArray(ArrayRecord array, string newName)
    {
        arrayNames.Remove(Key(array.Namespace, array.Name));
        array.Name = newName;
        arrayNames[Key(array.Namespace, array.Name)] = array.Id;
    }

    public void AddGroup(GroupRecord group)
    {
        Groups[group.Id] = group;
        groupNames[Key(group.Namespace, group.Name)] = group.Id;
        Storage.Add(group.Uri);
    }

    public void RemoveGroup(GroupRecord group)
    {
        Groups.Remove(group.Id);
        groupNames.Remove(Key(group.Namespace, group.Name));
        foreach (var g in Groups.Values)
        {
            g.Members.RemoveAll(m => m.TargetId == group.Id);
        }
    }

    public void RenameGroup(GroupRecord group, string newName)
    {
        groupNames.Remove(Key(group.Namespace, group.Name));
        group.Name = newName;
        groupNames[Key(group.Namespace, group.Name)] = group.Id;
    }

    private static string Key(string ns, string name) => ns + "/" + name;

    public bool NameTaken(string ns, string name) => FindArray(ns, name) is not null || FindGroup(ns, name) is not null;

    /// <summary>Resolves a <c>tiledb://ns/name</c> URI, or a storage URI that is registered, to an asset.</summary>
    public (ArrayRecord? Array, GroupRecord? Group) ResolveUri(string uri)
    {
        if (uri.StartsWith("tiledb://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = uri["tiledb://".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == rest.Length - 1)
            {
                throw new ApiException(400, ErrorCodes.UriParse, $"unable to determine namespace/name from URI (expected \"tiledb://<namespace>/<name>\"): {uri}");
            }

            var ns = rest[..slash];
            var name = rest[(slash + 1)..];
            return (FindArray(ns, name), FindGroup(ns, name));
        }

        foreach (var a in Arrays.Values)
        {
            if (a.Uri == uri)
            {
                return (a, null);
            }
        }

        foreach (var g in Groups.Values)
        {
            if (g.Uri == uri)
            {
                return (null, g);
            }
        }

        return (null, null);
    }

    public void AddTask(TaskRecord task)
    {
        Tasks[task.Id] = task;
        TaskOrder.Enqueue(task.Id);
        while (TaskOrder.Count > MaxTasks)
        {
            Tasks.Remove(TaskOrder.Dequeue());
        }
    }
}
