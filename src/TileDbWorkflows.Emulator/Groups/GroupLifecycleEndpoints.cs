using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>
/// Group create / register / membership / deregister / delete. The Python client uses the v2 routes for
/// these (POST create, PUT register, PATCH members, DELETE deregister); the v1 variants are served too.
/// </summary>
internal static class GroupLifecycleEndpoints
{
    internal static async Task CreateV2(HttpContext ctx, bool register)
    {
        var body = await ctx.ReadJsonAsync<GroupRequestWire>().ConfigureAwait(false);
        var details = body.GroupDetails ?? throw ApiException.BadRequest("group_details is required");
        var group = Create(ctx, ctx.RouteParam("namespace"), details, register);
        if (register)
        {
            ctx.Response.StatusCode = StatusCodes.Status201Created;
            return;
        }

        await Respond.Json(ctx, new GroupCreationResponseWire(group.Id, group.Name, group.TileDbUri), StatusCodes.Status201Created).ConfigureAwait(false);
    }

    internal static async Task CreateV1(HttpContext ctx)
    {
        var details = await ctx.ReadJsonAsync<GroupDetailsWire>().ConfigureAwait(false);
        Create(ctx, ctx.RouteParam("namespace"), details, register: false);
        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    internal static async Task RegisterV1(HttpContext ctx)
    {
        var details = await ctx.ReadOptionalJsonAsync<GroupDetailsWire>().ConfigureAwait(false) ?? new GroupDetailsWire();
        var name = ctx.RouteParam("group");
        // The v1 route names the group in the path; the body may carry the storage URI or reuse the slot.
        details = details with { Name = details.Name ?? name, Uri = details.Uri ?? (name.Contains("://", StringComparison.Ordinal) ? name : null) };
        Create(ctx, ctx.RouteParam("namespace"), details, register: true);
        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static GroupRecord Create(HttpContext ctx, string ns, GroupDetailsWire details, bool register)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        if (string.IsNullOrEmpty(details.Name))
        {
            throw ApiException.BadRequest("group_details.name is required");
        }

        AssetNames.Validate(details.Name);
        if (register && string.IsNullOrEmpty(details.Uri))
        {
            throw ApiException.BadRequest("group_details.uri (the storage URI) is required to register a group");
        }

        var groupType = (details.GroupType ?? "generic").ToLowerInvariant();
        lock (emu.State.Sync)
        {
            var state = emu.State;
            Access.RequireNamespaceCreate(state, caller, ns);
            ns = state.CanonicalNamespace(ns);
            if (state.NameTaken(ns, details.Name))
            {
                throw ApiException.Conflict($"tiledb://{ns}/{details.Name} already exists");
            }

            if (details.Region is not null && !emu.Regions.IsKnown(details.Region))
            {
                throw ApiException.BadRequest($"unknown region '{details.Region}'");
            }

            GroupRecord? parent = null;
            if (details.Parent is not null)
            {
                parent = state.ResolveUri(details.Parent).Group ?? throw ApiException.NotFound($"parent group {details.Parent} not found");
                if (!Access.GroupActions(state, caller, parent).Contains("write"))
                {
                    throw ApiException.Forbidden($"user {caller} may not add members to {parent.TileDbUri}");
                }
            }

            var now = emu.Now;
            var group = new GroupRecord
            {
                Id = EmulatorIds.New(),
                Namespace = ns,
                Name = details.Name,
                Uri = details.Uri ?? $"s3://emulator/{ns}/groups/{details.Name}",
                Description = details.Description,
                Tags = details.Tags ?? [],
                Logo = details.Logo,
                LicenseId = details.LicenseId,
                LicenseText = details.LicenseText,
                GroupType = groupType,
                AccessCredentialsName = details.AccessCredentialsName ?? ctx.Request.Headers["X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME"].FirstOrDefault(),
                Region = details.Region,
                CreatedAt = now,
                CreatedBy = caller,
                LastAccessed = now,
            };
            state.AddGroup(group);
            parent?.Members.Add(new GroupMemberRecord(EmulatorIds.New(), true, group.Id, group.Name));
            return group;
        }
    }

    internal static async Task ChangeMembers(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<GroupChangesRequestWire>().ConfigureAwait(false);
        var changes = body.GroupChanges ?? throw ApiException.BadRequest("group_changes is required");
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var group = GroupAssets.Kind.FromRoute(ctx, emu, caller, out var actions);
            if (!actions.Contains("write"))
            {
                throw ApiException.Forbidden($"user {caller} may not change the members of {group.TileDbUri}");
            }

            // Resolve everything before touching the group, so a bad member leaves it unchanged.
            var toAdd = new List<GroupMemberRecord>();
            foreach (var m in changes.MembersToAdd ?? [])
            {
                if (string.IsNullOrEmpty(m.Uri))
                {
                    throw ApiException.BadRequest("members_to_add entries need a uri");
                }

                var (array, child) = state.ResolveUri(m.Uri);
                var wantGroup = m.Type?.ToUpperInvariant() switch
                {
                    "GROUP" => true,
                    "ARRAY" => false,
                    null => child is not null && array is null,
                    _ => throw ApiException.BadRequest($"member type must be GROUP or ARRAY, got '{m.Type}'"),
                };
                var targetId = wantGroup ? child?.Id : array?.Id;
                if (targetId is null)
                {
                    throw ApiException.NotFound($"member {m.Uri} is not a registered {(wantGroup ? "group" : "array")}");
                }

                if (targetId == group.Id)
                {
                    throw ApiException.BadRequest("a group cannot contain itself");
                }

                if (group.Members.Exists(x => x.TargetId == targetId) || toAdd.Exists(x => x.TargetId == targetId))
                {
                    throw ApiException.Conflict($"{m.Uri} is already a member of {group.TileDbUri}");
                }

                toAdd.Add(new GroupMemberRecord(EmulatorIds.New(), wantGroup, targetId, m.Name));
            }

            var toRemove = new List<GroupMemberRecord>();
            foreach (var r in changes.MembersToRemove ?? [])
            {
                var member = group.Members.Find(x => MemberMatches(state, x, r))
                    ?? throw ApiException.NotFound($"{r} is not a member of {group.TileDbUri}");
                toRemove.Add(member);
            }

            group.Members.AddRange(toAdd);
            group.Members.RemoveAll(toRemove.Contains);
            var now = emu.Now;
            foreach (var m in toAdd.Where(m => !m.IsGroup))
            {
                ArrayMapper.Log(state.Arrays[m.TargetId], now, "array_metadata_update", caller, detail: "added to group " + group.TileDbUri);
            }
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static bool MemberMatches(EmulatorState state, GroupMemberRecord m, string key)
    {
        if (m.MemberId == key || m.TargetId == key || m.DisplayName == key)
        {
            return true;
        }

        if (m.IsGroup)
        {
            var g = state.Groups.GetValueOrDefault(m.TargetId);
            return g is not null && (g.TileDbUri.Equals(key, StringComparison.OrdinalIgnoreCase) || g.Uri == key || g.Name == key);
        }

        var a = state.Arrays.GetValueOrDefault(m.TargetId);
        return a is not null && (a.TileDbUri.Equals(key, StringComparison.OrdinalIgnoreCase) || a.Uri == key || a.Name == key);
    }

    internal static Task Exists(HttpContext ctx)
    {
        var emu = ctx.Emu();
        lock (emu.State.Sync)
        {
            GroupAssets.Kind.FromRoute(ctx, emu, ctx.Caller(), out _);
        }

        return Respond.NoContent(ctx);
    }

    /// <summary>
    /// Deregister keeps storage; delete removes it. Recursive also removes member groups and arrays the
    /// caller may delete; the whole set is checked before anything is removed.
    /// </summary>
    internal static Task Remove(HttpContext ctx, bool deleteStorage, int status)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var recursiveRaw = ctx.QueryString("recursive");
        var recursive = recursiveRaw is not null && (ctx.QueryBool("recursive") ?? false);
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var group = GroupAssets.Kind.FromRoute(ctx, emu, caller, out _);
            var groups = new List<GroupRecord>();
            var arrays = new List<ArrayRecord>();
            Collect(state, group, recursive, groups, arrays);
            foreach (var ns in groups.Select(g => g.Namespace).Concat(arrays.Select(a => a.Namespace)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!Access.CanDeleteInNamespace(state, caller, ns))
                {
                    throw ApiException.Forbidden($"user {caller} may not remove assets of namespace {ns}");
                }
            }

            var now = emu.Now;
            foreach (var a in arrays)
            {
                ArrayMapper.Log(a, now, deleteStorage ? "delete" : "deregister", caller);
                state.RemoveArray(a);
                if (deleteStorage)
                {
                    state.Storage.Remove(a.Uri);
                }
            }

            foreach (var g in groups)
            {
                state.RemoveGroup(g);
                if (deleteStorage)
                {
                    state.Storage.Remove(g.Uri);
                }
            }
        }

        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static void Collect(EmulatorState state, GroupRecord group, bool recursive, List<GroupRecord> groups, List<ArrayRecord> arrays)
    {
        if (groups.Contains(group))
        {
            return;
        }

        groups.Add(group);
        if (!recursive)
        {
            return;
        }

        foreach (var m in group.Members)
        {
            if (m.IsGroup && state.Groups.TryGetValue(m.TargetId, out var child))
            {
                Collect(state, child, recursive, groups, arrays);
            }
            else if (!m.IsGroup && state.Arrays.TryGetValue(m.TargetId, out var array) && !arrays.Contains(array))
            {
                arrays.Add(array);
            }
        }
    }
}
