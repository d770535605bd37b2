namespace TileDbWorkflows.Emulator.Http;

/// <summary>The service's <c>Error</c> schema: every non-2xx answer with a body uses it.</summary>
public sealed record ErrorBody(long Code, string Message, string RequestId);
