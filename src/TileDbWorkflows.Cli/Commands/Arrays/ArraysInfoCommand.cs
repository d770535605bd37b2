using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays info URI</c> (<c>tiledb.cloud.info</c>).</summary>
internal static class ArraysInfoCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        return host.Command("info", "Show array information", [uri], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var a = await ctx.Cloud.Arrays.GetInfoAsync(target, ct).ConfigureAwait(false);
            return ctx.Emit(a, () => ctx.Output.KeyValues(
            [
                ("URI", ArrayRows.Uri(a)),
                ("Name", a.Name),
                ("Namespace", a.Namespace),
                ("Kind", ArrayRows.Kind(a)),
                ("Storage", a.Uri),
                ("Description", a.Description),
                ("Size", Output.Bytes(a.Size)),
                ("Tags", string.Join(", ", a.Tags)),
                ("Your actions", Output.Join(a.AllowedActions, x => WireNames.ToWire(x))),
                ("Public", a.PublicShare is { } p ? (p ? "yes" : "no") : null),
                ("Shared with", a.ShareCount?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Credentials", a.AccessCredentialsName),
                ("Created", Output.Date(a.CreatedAt)),
                ("Last accessed", Output.Date(a.LastAccessed)),
                ("Id", a.Id),
            ]));
        });
    }
}
