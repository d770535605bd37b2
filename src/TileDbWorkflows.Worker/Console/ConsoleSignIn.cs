namespace TileDbWorkflows.Worker.Console;

/// <summary>The sign-in form's body: the API key the operator typed.</summary>
internal sealed record ConsoleSignIn(string? Key);
