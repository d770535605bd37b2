using System.Net;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Issues;

/// <summary>
/// Issue 18, part 5: the worker logged a DataProtection "No XML encryptor configured" warning and wrote keys under
/// ~/.aspnet. Run as a real process with a home directory of its own, it must leave that directory empty.
/// </summary>
public sealed class Issue18DataProtectionTests : IDisposable
{
    private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("tdbw-home-");

    [Fact]
    public async Task The_worker_writes_nothing_under_home_and_logs_no_data_protection_warning()
    {
        await using (var worker = await WorkerProcess.StartAsync("worker", new Dictionary<string, string?>
        {
            ["HOME"] = home.FullName,
            ["DOTNET_CLI_HOME"] = home.FullName,
            ["TileDb:ServerAddress"] = "http://127.0.0.1:9",
            ["TileDb:ApiToken"] = "unused-token",
            ["TileDb:UseConfigFile"] = "false",
        }))
        {
            // An authenticated request, so authentication (which brings data protection) has run.
            using var response = await worker.Http.GetAsync(new Uri("api/workflows/none-such", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

            Assert.DoesNotContain("XML encryptor", worker.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("DataProtection", worker.Output, StringComparison.Ordinal);
        }

        Assert.Empty(home.EnumerateFileSystemInfos(".aspnet"));
    }

    public void Dispose() => home.Delete(recursive: true);
}
