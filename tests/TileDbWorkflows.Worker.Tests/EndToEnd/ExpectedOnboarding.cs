using System.Text.Json;
using TileDbWorkflows.Emulator.Admin;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Worker.Tests.EndToEnd;

/// <summary>What the sample plan (samples/onboarding.json) must leave behind in the emulator, exactly.</summary>
internal static class ExpectedOnboarding
{
    public static string SamplePlan => File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "onboarding.json"));

    /// <summary>
    /// Every mutating request the sample plan needs, each as often as it is needed. Any extra one would be work done
    /// twice (a share PATCH per user is legitimately repeated on the same path).
    /// </summary>
    public static readonly IReadOnlyList<string> MutatingRequests =
    [
        "PATCH /v1/arrays/demo/sensor_readings/metadata",
        "PATCH /v1/arrays/demo/sensor_readings/share",
        "PATCH /v1/arrays/demo/sensor_readings/share",
        "PATCH /v1/arrays/demo/sensor_sites/metadata",
        "PATCH /v1/arrays/demo/sensor_sites/share",
        "PATCH /v1/arrays/demo/sensor_sites/share",
        "PATCH /v1/arrays/demo/weather_daily/metadata",
        "PATCH /v1/arrays/demo/weather_daily/share",
        "PATCH /v2/groups/demo/sensors",
        "PATCH /v2/groups/demo/sensors",
        "POST /v1/arrays/demo/s3%3A%2F%2Fdemo-bucket%2Farrays%2Fsensor_readings/register",
        "POST /v1/arrays/demo/s3%3A%2F%2Fdemo-bucket%2Farrays%2Fsensor_sites/register",
        "POST /v1/arrays/demo/s3%3A%2F%2Fdemo-bucket%2Farrays%2Fweather_daily/register",
        "POST /v1/files/demo",
        "POST /v1/invitations/demo/weather_daily/share",
        "POST /v1/invitations/group/demo/sensors/share",
        "POST /v1/sql/demo",
        "POST /v2/groups/demo",
    ];

    /// <summary>The successful mutating requests the emulator served, sorted, as "METHOD path".</summary>
    public static IReadOnlyList<string> Mutating(IEnumerable<RequestLogEntry> requests) =>
        requests
            .Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE" && r.Status is >= 200 and < 300)
            .Select(r => $"{r.Method} {r.Path}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Asserts the emulator's state holds exactly what the plan asks for in namespace demo.</summary>
    public static void AssertState(JsonElement state)
    {
        var arrays = state.GetProperty("arrays").EnumerateArray()
            .Where(a => a.GetProperty("namespace").GetString() == "demo")
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a);
        Assert.Equal(["sensor_manual", "sensor_readings", "sensor_sites", "weather_daily"], arrays.Keys.Order(StringComparer.Ordinal));

        AssertArray(arrays["sensor_readings"], "s3://demo-bucket/arrays/sensor_readings", "Hourly sensor readings, 2024 onwards", ["sensors", "hourly"],
            """{"alice":["read"],"bob":["read"]}""");
        AssertArray(arrays["sensor_sites"], "s3://demo-bucket/arrays/sensor_sites", "Sensor site locations", ["sensors", "reference"],
            """{"alice":["read"],"bob":["read"]}""");
        AssertArray(arrays["weather_daily"], "s3://demo-bucket/arrays/weather_daily", "Daily weather aggregates", ["weather"],
            """{"carol":["read","write"]}""");
        Assert.Equal("file", arrays["sensor_manual"].GetProperty("file_type").GetString());

        var group = Assert.Single(state.GetProperty("groups").EnumerateArray(), g => g.GetProperty("namespace").GetString() == "demo");
        Assert.Equal("sensors", group.GetProperty("name").GetString());
        var members = group.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("target_id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(
            new[] { arrays["sensor_readings"], arrays["sensor_sites"] }.Select(a => a.GetProperty("id").GetString()).Order(StringComparer.Ordinal),
            members);

        var invitations = state.GetProperty("invitations").EnumerateArray()
            .Select(i => $"{i.GetProperty("type").GetString()} {i.GetProperty("asset_name").GetString()} {i.GetProperty("email").GetString()} {i.GetProperty("status").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "ARRAY_SHARE weather_daily field.team@example.com PENDING",
                "ARRAY_SHARE weather_daily new.analyst@example.com PENDING",
                "GROUP_SHARE sensors partner@example.com PENDING",
            ],
            invitations);

        var task = Assert.Single(state.GetProperty("tasks").EnumerateArray());
        Assert.Equal("SQL", task.GetProperty("type").GetString());
        Assert.Equal("onboarding:demo:row count check", task.GetProperty("name").GetString());
        Assert.Equal("COMPLETED", task.GetProperty("status").GetString());
    }

    /// <summary>The report: every one of the plan's 16 items created.</summary>
    public static void AssertReport(JsonElement status)
    {
        Assert.Equal("Completed", status.GetProperty("status").GetString());
        var items = status.GetProperty("report").GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(16, items.Length);
        Assert.All(items, item => Assert.Equal("created", item.GetProperty("outcome").GetString()));
        Assert.Contains(items, item => item.GetProperty("phase").GetString() == "tasks" && item.GetProperty("reason").GetString() == "COMPLETED");
    }

    private static void AssertArray(JsonElement array, string uri, string description, string[] tags, string shares)
    {
        Assert.Equal(uri, array.GetProperty("uri").GetString());
        Assert.Equal(description, array.GetProperty("description").GetString());
        Assert.Equal(tags, array.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(shares, array.GetProperty("shares").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
