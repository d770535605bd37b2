using System.Text.RegularExpressions;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>
/// Splits recipients into those that can be invited and those that fail: malformed emails and unknown
/// usernames fail; a well-formed email is invitable even without an account (it is how users are onboarded).
/// </summary>
internal static partial class RecipientResolver
{
    public static (List<Recipient> Ok, List<string> Failed) Resolve(EmulatorState state, IReadOnlyList<string>? recipients)
    {
        if (recipients is null || recipients.Count == 0)
        {
            throw ApiException.BadRequest("at least one recipient is required");
        }

        var ok = new List<Recipient>();
        var failed = new List<string>();
        foreach (var raw in recipients)
        {
            var r = (raw ?? string.Empty).Trim();
            if (r.Contains('@', StringComparison.Ordinal))
            {
                if (!EmailPattern().IsMatch(r))
                {
                    failed.Add(raw ?? string.Empty);
                    continue;
                }

                var user = state.Users.Values.FirstOrDefault(u => string.Equals(u.Email, r, StringComparison.OrdinalIgnoreCase));
                ok.Add(new Recipient(r, user?.Username, r));
            }
            else if (r.Length > 0 && state.Users.TryGetValue(r, out var user))
            {
                ok.Add(new Recipient(r, user.Username, null));
            }
            else
            {
                failed.Add(raw ?? string.Empty);
            }
        }

        return (ok, failed);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
