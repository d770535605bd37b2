using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>
/// What an invitation is to, once found and checked: which pending invitations are to the same target (a re-invite
/// updates one of those), and the invitation a recipient gets.
/// </summary>
internal sealed record InviteTarget(Func<InvitationRecord, bool> SameTarget, Func<Recipient, string, DateTimeOffset, InvitationRecord> Create);
