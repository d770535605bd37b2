namespace TileDbWorkflows.Emulator.Http;

/// <summary>
/// A failure answered with the service's error body. Handlers throw it from inside the state lock, so a
/// rejected request never leaves state half-changed (validation always precedes mutation).
/// </summary>
internal sealed class ApiException(int status, long code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public long Code { get; } = code;

    public static ApiException BadRequest(string message) => new(400, ErrorCodes.BadRequest, message);

    public static ApiException Unauthorized(string message) => new(401, ErrorCodes.Unauthorized, message);

    public static ApiException Forbidden(string message) => new(403, ErrorCodes.Forbidden, message);

    public static ApiException NotFound(string message) => new(404, ErrorCodes.NotFound, message);

    public static ApiException Conflict(string message) => new(409, ErrorCodes.Conflict, message);
}
