using System.Reflection;
using System.Runtime.InteropServices;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Worker.Tests.Logging;

/// <summary>
/// Every <c>[LoggerMessage]</c> in the shipped assemblies has an event id in its assembly's range, and no two share
/// one, so an id names one message wherever the logs end up. Read with MetadataLoadContext, so the Functions app and
/// the CLI are inspected without loading them into the test process.
/// </summary>
public sealed class EventIdTests
{
    private static readonly (string Assembly, int From, int To)[] Ranges =
    [
        ("TileDbWorkflows.Cloud", 1000, 1999),
        ("TileDbWorkflows.Workflows", 2000, 2999),
        ("TileDbWorkflows.Worker", 3000, 3999),
        ("TileDbWorkflows.Functions", 4000, 4999),
        ("TileDbWorkflows.Hosting", 5000, 5999),
        ("TileDbWorkflows.Emulator", 6000, 6999),
        ("tdbw", 7000, 7999), // TileDbWorkflows.Cli
        ("TileDbWorkflows.Storage", 8000, 8999),
    ];

    [Fact]
    public void Every_logger_message_has_a_unique_event_id_in_its_assemblys_range()
    {
        var messages = Ranges.SelectMany(r => LoggerMessages(r.Assembly).Select(m => (Range: r, m.Method, m.EventId))).ToArray();

        // The assemblies known to log must be found logging, or the test would pass by reading nothing.
        foreach (var logging in new[] { "TileDbWorkflows.Cloud", "TileDbWorkflows.Workflows", "TileDbWorkflows.Worker", "TileDbWorkflows.Functions", "TileDbWorkflows.Emulator" })
        {
            Assert.Contains(messages, m => m.Range.Assembly == logging);
        }
        Assert.All(messages, m => Assert.True(
            m.EventId >= m.Range.From && m.EventId <= m.Range.To,
            $"{m.Method} has event id {m.EventId}, outside {m.Range.Assembly}'s {m.Range.From}-{m.Range.To}"));
        var clashes = messages.GroupBy(m => m.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToArray();
        Assert.True(clashes.Length == 0, "event ids used twice: " + string.Join("; ", clashes));
    }

    private static List<(string Method, int EventId)> LoggerMessages(string assemblyName)
    {
        var path = Locate(assemblyName);
        var directory = Path.GetDirectoryName(path)!;
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        // ASP.NET Core's shared framework sits beside the runtime's: .../shared/Microsoft.NETCore.App/<v> and .../Microsoft.AspNetCore.App/<v>.
        var aspNet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime.TrimEnd(Path.DirectorySeparatorChar))!)!, "Microsoft.AspNetCore.App");
        // One file per assembly name (the resolver refuses two of the same identity): the app's own copy first.
        var candidates = Directory.GetFiles(directory, "*.dll")
            .Concat(Directory.Exists(aspNet) ? Directory.GetDirectories(aspNet).SelectMany(d => Directory.GetFiles(d, "*.dll")) : [])
            .Concat(Directory.GetFiles(runtime, "*.dll"))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        using var context = new MetadataLoadContext(new PathAssemblyResolver(candidates));
        var assembly = context.LoadFromAssemblyPath(path);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }
        var found = new List<(string Method, int EventId)>();
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(All))
            {
                foreach (var attribute in method.GetCustomAttributesData())
                {
                    if (attribute.AttributeType.FullName == "Microsoft.Extensions.Logging.LoggerMessageAttribute")
                    {
                        found.Add(($"{type.FullName}.{method.Name}", EventIdOf(attribute)));
                    }
                }
            }
        }
        return found;
    }

    private static int EventIdOf(CustomAttributeData attribute)
    {
        var named = attribute.NamedArguments.Where(a => a.MemberName == "EventId").Select(a => (int?)(int)a.TypedValue.Value!).FirstOrDefault();
        if (named is { } id)
        {
            return id;
        }
        var positional = attribute.ConstructorArguments.FirstOrDefault(a => a.ArgumentType.FullName == "System.Int32");
        return positional.Value is int value ? value : throw new InvalidOperationException($"no event id on {attribute}");
    }

    /// <summary>The test's own output holds what it references; the Functions app and the CLI are read from their build output.</summary>
    private static string Locate(string assemblyName)
    {
        var local = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        if (File.Exists(local))
        {
            return local;
        }
        var configuration = typeof(EventIdTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var project = assemblyName == "tdbw" ? "TileDbWorkflows.Cli" : assemblyName;
        var built = Path.Combine(RepoRoot.Path, "src", project, "bin", configuration, framework, assemblyName + ".dll");
        Assert.True(File.Exists(built), $"{assemblyName} is not built at {built}");
        return built;
    }
}
