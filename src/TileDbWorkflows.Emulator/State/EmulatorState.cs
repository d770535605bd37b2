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

    public ArrayRecord? FindArray(string ns, string name) => Find(Arrays, arrayNames, ns, name);

    public GroupRecord? FindGroup(string ns, string name) => Find(Groups, groupNames, ns, name);

    public void AddArray(ArrayRecord array) => Add(Arrays, arrayNames, array);

    public void AddGroup(GroupRecord group) => Add(Groups, groupNames, group);

    public void RemoveArray(ArrayRecord array) => Remove(Arrays, arrayNames, array);

    public void RemoveGroup(GroupRecord group) => Remove(Groups, groupNames, group);

    public void RenameArray(ArrayRecord array, string newName) => Rename(arrayNames, array, newName);

    public void RenameGroup(GroupRecord group, string newName) => Rename(groupNames, group, newName);

    private static T? Find<T>(Dictionary<string, T> byId, Dictionary<string, string> names, string ns, string name)
        where T : AssetRecord
    {
        if (names.TryGetValue(Key(ns, name), out var id))
        {
            return byId[id];
        }

        // The service also accepts an asset's UUID in the name slot.
        return byId.TryGetValue(name, out var found) && string.Equals(found.Namespace, ns, StringComparison.OrdinalIgnoreCase) ? found : null;
    }

    private void Add<T>(Dictionary<string, T> byId, Dictionary<string, string> names, T asset)
        where T : AssetRecord
    {
        byId[asset.Id] = asset;
        names[Key(asset.Namespace, asset.Name)] = asset.Id;
        Storage.Add(asset.Uri);
    }

    /// <summary>Removing an asset also takes it out of every group it was a member of.</summary>
    private void Remove<T>(Dictionary<string, T> byId, Dictionary<string, string> names, T asset)
        where T : AssetRecord
    {
        byId.Remove(asset.Id);
        names.Remove(Key(asset.Namespace, asset.Name));
        foreach (var g in Groups.Values)
        {
            g.Members.RemoveAll(m => m.TargetId == asset.Id);
        }
    }

    private static void Rename(Dictionary<string, string> names, AssetRecord asset, string newName)
    {
        names.Remove(Key(asset.Namespace, asset.Name));
        asset.Name = newName;
        names[Key(asset.Namespace, asset.Name)] = asset.Id;
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
