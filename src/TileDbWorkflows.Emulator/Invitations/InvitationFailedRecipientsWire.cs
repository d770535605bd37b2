namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>The 207 body: the recipients that could not be invited.</summary>
public sealed record InvitationFailedRecipientsWire(IReadOnlyList<string> FailedRecipients);
