namespace TileDbWorkflows.Emulator.Http;

/// <summary>
/// Application error codes for the <c>code</c> field. The real service's numbering is not published
/// (only "Code 24" for a URI parse error is known), so these are stable emulator values that differ from
/// the HTTP status on purpose: clients must not confuse the two.
/// </summary>
internal static class ErrorCodes
{
    public const long BadRequest = 1000;
    public const long UriParse = 24;
    public const long Unauthorized = 1001;
    public const long Forbidden = 1003;
    public const long NotFound = 1004;
    public const long Conflict = 1009;
    public const long InvitationFailed = 1020;
    public const long RateLimited = 1029;
    public const long Internal = 1500;
    public const long Capacity = 1503;
}
