namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>The outcome of an invitation for one recipient.</summary>
/// <param name="Recipient">User name or email as the caller passed it.</param>
/// <param name="Succeeded">False when the server listed the recipient in <c>failed_recipients</c>.</param>
public sealed record RecipientResult(string Recipient, bool Succeeded);
