using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Worker.Security;

public static class ApiKeySecurityExtensions
{
    /// <summary>
    /// Protects every endpoint by default (fallback policy) with the Functions-style API key
    /// (<see cref="ApiKeyOptions"/>, section <c>Worker</c>). Endpoints meant to be open, such as the health
    /// check, opt out with <c>AllowAnonymous()</c>, so a route added later is never open by accident.
    /// </summary>
    public static IServiceCollection AddWorkerApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddProblemDetails();
        services.AddAuthentication(ApiKeyDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.AuthenticationScheme, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .Build());
        return services;
    }
}
