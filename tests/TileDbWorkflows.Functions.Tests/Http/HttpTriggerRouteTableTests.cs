using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using TileDbWorkflows.Functions.Hosting;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Http;

/// <summary>
/// The Functions app and the worker serve the same routes: the worker maps <see cref="ApiRouteTable"/> itself, so
/// every <c>[HttpTrigger]</c> here must carry exactly the name, method and template of one table entry.
/// </summary>
public sealed class HttpTriggerRouteTableTests
{
    [Fact]
    public void Every_http_trigger_is_a_table_route_and_every_table_route_has_its_trigger()
    {
        var triggers = typeof(FunctionsAppServiceCollectionExtensions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null)))
            .Where(m => m.Function is not null && m.Trigger is not null)
            .Select(m => Describe(m.Function!.Name, m.Trigger!.Methods ?? [], m.Trigger.Route))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var table = ApiRouteTable.All.Select(r => Describe(r.Name, [r.Method], r.Template)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(table, triggers);
    }

    [Fact]
    public void The_table_names_each_route_and_each_method_and_template_once()
    {
        Assert.Equal(ApiRouteTable.All.Count, ApiRouteTable.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ApiRouteTable.All.Count, ApiRouteTable.All.Select(r => (r.Method, r.Template)).Distinct().Count());
    }

    private static string Describe(string name, IEnumerable<string> methods, string? route) =>
        $"{name} {string.Join(",", methods.Select(m => m.ToUpperInvariant()))} {route}";
}
