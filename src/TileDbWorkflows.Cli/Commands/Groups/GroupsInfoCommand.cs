using System.Globalization;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups info URI</c> (<c>tiledb.cloud.groups.info</c>).</summary>
internal static class GroupsInfoCommand
{
    public static string Uri(GroupInfo g) => g.TiledbUri ?? $"tiledb://{g.Namespace}/{g.Name}";

    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        return host.Command("info", "Show group information", [uri], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var g = await ctx.Cloud.Groups.GetInfoAsync(target, ct).ConfigureAwait(false);
            return ctx.Emit(g, () => ctx.Output.KeyValues(
            [
                ("URI", Uri(g)),
                ("Name", g.Name),
                ("Namespace", g.Namespace),
                ("Type", g.GroupType is { } t ? WireNames.ToWire(t) : null),
                ("Storage", g.Uri),
                ("Description", g.Description),
                ("Assets", g.AssetCount?.ToString(CultureInfo.InvariantCulture)),
                ("Groups", g.GroupCount?.ToString(CultureInfo.InvariantCulture)),
                ("Tags", string.Join(", ", g.Tags)),
                ("Your actions", Output.Join(g.AllowedActions, x => WireNames.ToWire(x))),
                ("Public", g.PublicShare is { } p ? (p ? "yes" : "no") : null),
                ("Created", Output.Date(g.CreatedAt)),
                ("Id", g.Id),
            ]));
        });
    }
}
