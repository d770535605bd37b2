using System.Security.Cryptography;
using System.Text.Json;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// What the planner read: the assets the plan names (and, with a prune policy on, every one of that kind in the
/// namespace), their shares and members, the pending invitations to the plan's targets and the members of its
/// organizations. Sorted, so that the same state always has the same <see cref="Hash"/>.
/// </summary>
public sealed record LiveState(
    string Namespace,
    IReadOnlyList<LiveAsset> Assets,
    IReadOnlyList<LiveInvitation> Invitations,
    IReadOnlyDictionary<string, IReadOnlyList<string>> OrganizationMembers)
{
    /// <summary>SHA-256 of the state's canonical JSON, hex: a plan made against another state has another hash.</summary>
    public string Hash()
    {
        var canonical = this with
        {
            Assets = Assets.OrderBy(a => a.Uri, StringComparer.Ordinal).Select(a => a with
            {
                Tags = a.Tags.Order(StringComparer.Ordinal).ToArray(),
                Members = a.Members.Order(StringComparer.Ordinal).ToArray(),
                Shares = new SortedDictionary<string, IReadOnlyList<string>>(
                    a.Shares.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.Order(StringComparer.Ordinal).ToArray()), StringComparer.Ordinal),
            }).ToArray(),
            Invitations = Invitations.OrderBy(i => i.Target, StringComparer.Ordinal).ThenBy(i => i.Recipient, StringComparer.Ordinal).ToArray(),
            OrganizationMembers = new SortedDictionary<string, IReadOnlyList<string>>(
                OrganizationMembers.ToDictionary(o => o.Key, o => (IReadOnlyList<string>)o.Value.Order(StringComparer.Ordinal).ToArray()), StringComparer.Ordinal),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical, WorkflowJson.Options)));
    }
}
