using System.Text.Json;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>Bulk-invitation queue messages as producers write them, for the tests that feed the listener.</summary>
internal static class InvitationMessages
{
    /// <summary>Read access to a public array of the emulator's seeded organization, which the demo user owns.</summary>
    public static string ReadOnQuickstart(string requestId, params string[] recipients) =>
        JsonSerializer.Serialize(new
        {
            requestId,
            kind = "array",
            target = "tiledb://TileDB-Inc/quickstart_dense",
            recipients,
            actions = new[] { "read" },
        });
}
