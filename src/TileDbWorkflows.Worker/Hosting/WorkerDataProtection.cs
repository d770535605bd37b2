using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TileDbWorkflows.Worker.Hosting;

/// <summary>
/// ASP.NET Core registers data protection with authentication, and by default keeps its key ring under
/// <c>~/.aspnet/DataProtection-Keys</c>, unencrypted, warning "No XML encryptor configured" at every start. The worker
/// protects nothing that outlives the process (API keys are compared, not issued; there are no cookies, antiforgery
/// tokens or sessions), so its keys live in memory: nothing is written under the home directory (read-only or shared
/// in containers), and with nothing at rest there is nothing to encrypt, hence the null encryptor and no warning.
/// </summary>
internal static class WorkerDataProtection
{
    public static IServiceCollection AddInMemoryDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.Configure<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new InMemoryXmlRepository();
            options.XmlEncryptor = new NullXmlEncryptor();
        });
        return services;
    }
}
