namespace TileDbWorkflows.Cloud;

/// <summary>
/// What a <see cref="TileDbCloudException"/> means for the caller, set where the exception is made so nobody has
/// to read status codes or message text to decide whether to retry, fail one item, or stop.
/// </summary>
public enum TileDbErrorKind
{
    /// <summary>Anything the other kinds do not name: a local error, an unexpected status, a body that does not parse.</summary>
    Unknown = 0,

    /// <summary>No credentials are configured anywhere; no request was sent.</summary>
    NotLoggedIn,

    /// <summary>HTTP 401: the server rejected the credentials.</summary>
    Unauthorized,

    /// <summary>HTTP 403: the credentials are good but lack permission for this resource.</summary>
    Forbidden,

    /// <summary>HTTP 404: the resource does not exist (or is not visible to the caller).</summary>
    NotFound,

    /// <summary>HTTP 409: the resource already exists or is in a conflicting state.</summary>
    Conflict,

    /// <summary>HTTP 400, 405 or 422: the request itself is wrong; sending it again gives the same answer.</summary>
    Invalid,

    /// <summary>HTTP 503: the service is out of capacity for now.</summary>
    Capacity,

    /// <summary>HTTP 429: the caller is sending too fast.</summary>
    RateLimited,

    /// <summary>HTTP 408, 500, 502, 504 and any other 5xx: a server or gateway fault that may pass.</summary>
    Transient,
}
