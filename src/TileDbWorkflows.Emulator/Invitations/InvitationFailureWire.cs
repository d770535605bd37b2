namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>
/// The 500 body when every recipient failed: <c>failed_recipients</c> as documented, plus the error
/// fields, so a client that reads any 5xx as an <c>Error</c> still gets a message and request id.
/// </summary>
public sealed record InvitationFailureWire(IReadOnlyList<string> FailedRecipients, long Code, string Message, string RequestId);
