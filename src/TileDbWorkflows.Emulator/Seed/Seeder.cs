using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Seed;

/// <summary>Applies seed worlds to the state; call under the state lock.</summary>
internal static class Seeder
{
    public static void Apply(EmulatorState state, SeedWorld world, DateTimeOffset now)
    {
        foreach (var uri in world.StorageObjects)
        {
            if (string.IsNullOrWhiteSpace(uri))
            {
                throw ApiException.BadRequest("seed storage object without a URI");
            }

            state.Storage.Add(uri);
        }

        foreach (var u in world.Users)
        {
            if (string.IsNullOrWhiteSpace(u.Username))
            {
                throw ApiException.BadRequest("seed user without username");
            }

            state.Users[u.Username] = new UserRecord
            {
                Id = EmulatorIds.New(),
                Username = u.Username,
                Password = u.Password ?? u.Username,
                Email = u.Email ?? u.Username + "@example.com",
                Name = u.Name ?? u.Username,
            };
            var token = u.Token ?? u.Username + "-token";
            state.Tokens[token] = new TokenRecord { Token = token, Username = u.Username, Name = "seed", IssuedAt = now };
        }

        foreach (var o in world.Organizations)
        {
            if (state.Users.ContainsKey(o.Name))
            {
                throw ApiException.Conflict($"organization {o.Name} clashes with a user namespace");
            }

            var org = new OrganizationRecord { Id = EmulatorIds.New(), Name = o.Name, Description = o.Description, CreatedAt = now };
            foreach (var (user, role) in o.Members)
            {
                if (!state.Users.ContainsKey(user))
                {
                    throw ApiException.BadRequest($"seed organization {o.Name}: unknown member {user}");
                }

                org.Members[user] = Roles.Normalize([role], Roles.OrganizationRoles, "organization role")[0];
            }

            state.Organizations[o.Name] = org;
        }

        foreach (var a in world.Arrays)
        {
            var ns = state.CanonicalNamespace(a.Namespace);
            if (state.NameTaken(ns, a.Name))
            {
                throw ApiException.Conflict($"seed array tiledb://{ns}/{a.Name} already exists");
            }

            var array = new ArrayRecord
            {
                Id = EmulatorIds.New(),
                Namespace = ns,
                Name = a.Name,
                Uri = a.Uri ?? $"s3://emulator/{ns}/{a.Name}",
                Description = a.Description,
                Tags = [.. a.Tags],
                ArrayType = a.Type,
                FileType = a.FileType,
                Public = a.Public,
                Region = a.Region,
                Size = a.Size,
                CreatedAt = now,
                CreatedBy = ns,
                LastAccessed = now,
                Metadata = new(a.Metadata),
            };
            foreach (var (target, actions) in a.Shares)
            {
                array.Shares[state.CanonicalNamespace(target)] = Roles.Normalize(actions, Roles.ArrayActions, "array action");
            }

            array.Log(new ActivityRecord(EmulatorIds.New(), now, "register", ns, null, "seed"));
            state.AddArray(array);
        }

        foreach (var g in world.Groups)
        {
            var ns = state.CanonicalNamespace(g.Namespace);
            if (state.NameTaken(ns, g.Name))
            {
                throw ApiException.Conflict($"seed group tiledb://{ns}/{g.Name} already exists");
            }

            var group = new GroupRecord
            {
                Id = EmulatorIds.New(),
                Namespace = ns,
                Name = g.Name,
                Uri = g.Uri ?? $"s3://emulator/{ns}/groups/{g.Name}",
                Description = g.Description,
                GroupType = g.GroupType ?? "generic",
                Tags = [.. g.Tags],
                Public = g.Public,
                Region = g.Region,
                CreatedAt = now,
                CreatedBy = ns,
                LastAccessed = now,
            };
            foreach (var member in g.Members)
            {
                var (array, child) = state.ResolveUri(member);
                if (array is null && child is null)
                {
                    throw ApiException.BadRequest($"seed group {g.Name}: unknown member {member}");
                }

                group.Members.Add(new GroupMemberRecord(EmulatorIds.New(), child is not null, array?.Id ?? child!.Id, null));
            }

            state.AddGroup(group);
        }
    }
}
