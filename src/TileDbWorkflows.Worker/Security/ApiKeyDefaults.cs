namespace TileDbWorkflows.Worker.Security;

public static class ApiKeyDefaults
{
    public const string AuthenticationScheme = "FunctionsKey";

    /// <summary>Header name Azure Functions reads function keys from.</summary>
    public const string HeaderName = "x-functions-key";

    /// <summary>Query parameter Azure Functions reads function keys from.</summary>
    public const string QueryName = "code";

    /// <summary>Cookie the operations console keeps the key in after sign-in (HttpOnly, SameSite=Strict).</summary>
    public const string CookieName = "tdbw-console-key";
}
