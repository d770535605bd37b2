using TileDbWorkflows.Cloud.Files;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class TasksAndFilesTests
{
    [Fact]
    public async Task Task_listing_sends_the_array_uri_and_derives_the_namespace()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"array_tasks":[{"id":"t","status":"RUNNING"}],"pagination_metadata":{"page":1,"per_page":5,"total_pages":1,"total_items":1}}"""));
        using var client = TestClients.Create(server);

        var page = await client.Tasks.ListAsync(new TaskListFilter
        {
            Namespace = "ignored",
            Array = TileDbUri.Parse("tiledb://TileDB-Inc/quickstart_sparse"),
            Start = DateTimeOffset.FromUnixTimeSeconds(1000),
            End = DateTimeOffset.FromUnixTimeSeconds(2000),
            Status = ArrayTaskStatus.Running,
            Page = 1,
            PerPage = 5,
            ExcludeTypes = [ArrayTaskType.Sql, ArrayTaskType.GenericUdf],
        });

        Assert.Equal("/v1/tasks", server.OnlyRequest().RawPath);
        var query = server.OnlyRequest().QueryPairs.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("TileDB-Inc", query["namespace"]);
        Assert.Equal("tiledb://TileDB-Inc/quickstart_sparse", query["array"]);
        Assert.Equal("1000", query["start"]);
        Assert.Equal("2000", query["end"]);
        Assert.Equal("RUNNING", query["status"]);
        Assert.Equal("SQL,GENERIC_UDF", query["exclude_type"]);
        Assert.Equal(ArrayTaskStatus.Running, Assert.Single(page.Items).Status);
    }

    [Fact]
    public async Task Sql_and_udf_submissions_remember_the_last_task_ids()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.WithHeader(200, "X-TILEDB-CLOUD-TASK-ID", "sql-1", "[1]"),
            ScriptedResponse.WithHeader(204, "X-TILEDB-CLOUD-TASK-ID", "udf-1"),
            ScriptedResponse.Json("""{"id":"sql-1","type":"SQL"}"""),
            ScriptedResponse.Json("""{"id":"udf-1","type":"GENERIC_UDF"}"""));
        using var client = TestClients.Create(server);
        await Assert.ThrowsAsync<TileDbCloudException>(() => client.Tasks.GetLastSqlTaskAsync());

        var sql = await client.Tasks.SubmitSqlAsync("ns", new SqlSubmission { Query = "select 1", ResultFormat = ResultFormat.Json, InitCommands = ["set x=1"] });
        var udf = await client.Tasks.SubmitGenericUdfAsync("ns", new GenericUdfSubmission { UdfInfoName = "ns/f", Language = "python", ResultFormat = ResultFormat.Arrow });
        var lastSql = await client.Tasks.GetLastSqlTaskAsync();
        var lastUdf = await client.Tasks.GetLastUdfTaskAsync();

        Assert.Equal("sql-1", sql.TaskId);
        Assert.Equal("[1]", System.Text.Encoding.UTF8.GetString(sql.Body.Span));
        Assert.Equal("udf-1", udf.TaskId);
        Assert.Equal(("POST", "/v1/sql/ns"), (server.Requests[0].Method, server.Requests[0].RawPath));
        Assert.Equal("""{"query":"select 1","init_commands":["set x=1"],"result_format":"json"}""", server.Requests[0].Body);
        Assert.Equal("/v1/udfs/generic/ns", server.Requests[1].RawPath);
        Assert.Equal("""{"udf_info_name":"ns/f","language":"python","result_format":"arrow"}""", server.Requests[1].Body);
        Assert.Equal("/v1/task/sql-1", server.Requests[2].RawPath);
        Assert.Equal("/v1/task/udf-1", server.Requests[3].RawPath);
        Assert.Equal(ArrayTaskType.GenericUdf, lastUdf.Type);
        Assert.Equal("sql-1", lastSql.Id);
    }

    [Fact]
    public async Task Files_create_and_export()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.Json("""{"output_uri":"s3://b/arrays/f","file_name":"f.pdf"}""", 201),
            ScriptedResponse.Json("""{"output_uri":"s3://b/out.pdf"}""", 201));
        using var client = TestClients.Create(server);

        var created = await client.Files.CreateAsync(new FileCreateRequest { Namespace = "org", InputUri = "s3://b/f.pdf", OutputUri = "s3://b/arrays/f", Name = "f", AccessCredentialsName = "c" });
        var exported = await client.Files.ExportAsync(TileDbUri.Parse("tiledb://org/f"), "s3://b/out.pdf");

        Assert.Equal("f.pdf", created.FileName);
        Assert.Equal(("POST", "/v1/files/org"), (server.Requests[0].Method, server.Requests[0].RawPath));
        Assert.Equal("c", server.Requests[0].Header("X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME"));
        Assert.Equal("""{"input_uri":"s3://b/f.pdf","output_uri":"s3://b/arrays/f","name":"f"}""", server.Requests[0].Body);
        Assert.Equal("/v1/files/org/f/export", server.Requests[1].RawPath);
        Assert.Equal("""{"output_uri":"s3://b/out.pdf"}""", server.Requests[1].Body);
        Assert.Equal("s3://b/out.pdf", exported.OutputUri);
        await Assert.ThrowsAsync<NotSupportedException>(() => client.Files.ExportAsync(TileDbUri.Parse("tiledb://org/f"), "local.pdf"));
    }

    [Fact]
    public async Task Users_and_organizations()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.Json("""{"username":"alice","organizations":null,"allowed_actions":["read","run_job"]}"""),
            ScriptedResponse.Json("""[{"name":"org1","role":"read_write_delete"}]"""),
            ScriptedResponse.Json("""{"name":"org 2"}"""));
        using var client = TestClients.Create(server);

        var me = await client.Users.GetProfileAsync();
        var orgs = await client.Organizations.ListAsync();
        await client.Organizations.GetAsync("org 2");

        Assert.Empty(me.Organizations);
        Assert.Equal([Users.NamespaceAction.Read, Users.NamespaceAction.RunJob], me.AllowedActions);
        Assert.Equal(Users.OrganizationRole.ReadWriteDelete, Assert.Single(orgs).Role);
        Assert.Equal(["/v1/user", "/v1/organizations", "/v1/organizations/org%202"], server.Requests.Select(r => r.RawPath));
    }
}
