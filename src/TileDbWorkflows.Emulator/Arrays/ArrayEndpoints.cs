using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>Array info, metadata update, register, deregister and delete.</summary>
internal static class ArrayEndpoints
{
    internal static Task Info(HttpContext ctx) => AssetInfo.Respond(ctx, ArrayAssets.Kind);

    internal static Task Update(HttpContext ctx) => AssetInfo.UpdateAsync<ArrayRecord, ArrayInfoWire, ArrayInfoUpdateWire>(
        ctx,
        ArrayAssets.Kind,
        body => body.Name,
        (emu, caller, array, body) =>
        {
            if (body.Uri is { Length: > 0 } uri)
            {
                array.Uri = uri;
                emu.State.Storage.Add(uri);
            }

            array.Describe(body.Description, body.AccessCredentialsName, body.Tags, body.LicenseId, body.LicenseText);
            array.FileType = body.FileType ?? array.FileType;
            array.FileProperties = body.FileProperties ?? array.FileProperties;
            array.ReadOnly = body.ReadOnly ?? array.ReadOnly;
            ArrayMapper.Log(array, emu.Now, "array_metadata_update", caller);
        });

    internal static async Task Register(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.RouteParam("namespace");
        var storageUri = ctx.RouteParam("array");
        var body = await ctx.ReadOptionalJsonAsync<ArrayInfoUpdateWire>().ConfigureAwait(false) ?? new ArrayInfoUpdateWire();
        if (!storageUri.Contains("://", StringComparison.Ordinal))
        {
            throw ApiException.BadRequest($"the register path must carry the percent-encoded storage URI, got '{storageUri}'");
        }

        var name = string.IsNullOrEmpty(body.Name) ? ArrayMapper.BaseName(storageUri) : body.Name;
        AssetNames.Validate(name);
        ArrayInfoWire wire;
        lock (emu.State.Sync)
        {
            Access.RequireNamespaceCreate(emu.State, caller, ns);
            ns = emu.State.CanonicalNamespace(ns);
            if (emu.State.NameTaken(ns, name))
            {
                throw ApiException.Conflict($"tiledb://{ns}/{name} is already registered");
            }

            var now = emu.Now;
            var array = new ArrayRecord
            {
                Id = EmulatorIds.New(),
                Namespace = ns,
                Name = name,
                Uri = storageUri,
                Description = body.Description,
                Tags = body.Tags ?? [],
                FileType = body.FileType,
                FileProperties = body.FileProperties,
                AccessCredentialsName = body.AccessCredentialsName ?? ctx.Request.Headers["X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME"].FirstOrDefault(),
                LicenseId = body.LicenseId,
                LicenseText = body.LicenseText,
                ReadOnly = body.ReadOnly,
                CreatedAt = now,
                CreatedBy = caller,
                LastAccessed = now,
            };
            ArrayMapper.Log(array, now, "register", caller);
            emu.State.AddArray(array);
            wire = ArrayMapper.ToWire(array, Access.ArrayActions(emu.State, caller, array), false);
        }

        await Respond.Json(ctx, wire).ConfigureAwait(false);
    }

    internal static Task Deregister(HttpContext ctx) => Remove(ctx, deleteStorage: false);

    internal static Task Delete(HttpContext ctx) => Remove(ctx, deleteStorage: true);

    /// <summary>Deregistering keeps the storage object (it can be registered again); deleting removes it too.</summary>
    private static Task Remove(HttpContext ctx, bool deleteStorage)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        lock (emu.State.Sync)
        {
            var array = ArrayAssets.Kind.FromRoute(ctx, emu, caller, out _);
            if (!Access.CanDeleteInNamespace(emu.State, caller, array.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not {(deleteStorage ? "delete" : "deregister")} {array.TileDbUri}");
            }

            ArrayMapper.Log(array, emu.Now, deleteStorage ? "delete" : "deregister", caller);
            emu.State.RemoveArray(array);
            if (deleteStorage)
            {
                emu.State.Storage.Remove(array.Uri);
            }
        }

        return Respond.NoContent(ctx);
    }
}
