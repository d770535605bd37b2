using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Files;

/// <summary>
/// File import and export: synchronous 201s, no task. Import registers a file array (file_type
/// <c>file</c>); export writes the original back to storage.
/// </summary>
internal static class FileEndpoints
{
    internal static async Task Create(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.RouteParam("namespace");
        var body = await ctx.ReadJsonAsync<FileCreateWire>().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body.InputUri))
        {
            throw ApiException.BadRequest("input_uri is required");
        }

        var name = string.IsNullOrEmpty(body.Name) ? ArrayMapper.BaseName(body.InputUri) : body.Name;
        AssetNames.Validate(name);
        FileCreatedWire wire;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            Access.RequireNamespaceCreate(state, caller, ns);
            ns = state.CanonicalNamespace(ns);
            if (state.NameTaken(ns, name))
            {
                throw ApiException.Conflict($"tiledb://{ns}/{name} already exists");
            }

            // The service reads the source before registering anything; a missing object is refused, not imported.
            if (!state.Storage.Contains(body.InputUri))
            {
                throw ApiException.NotFound($"source object {body.InputUri} does not exist");
            }

            var now = emu.Now;
            var output = string.IsNullOrEmpty(body.OutputUri) ? $"s3://emulator/{ns}/files/{name}" : body.OutputUri;
            var array = new ArrayRecord
            {
                Id = EmulatorIds.New(),
                Namespace = ns,
                Name = name,
                Uri = output,
                FileType = "file",
                FileProperties = new() { ["original_file_name"] = ArrayMapper.BaseName(body.InputUri) },
                ArrayType = "dense",
                AccessCredentialsName = ctx.Request.Headers["X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME"].FirstOrDefault(),
                CreatedAt = now,
                CreatedBy = caller,
                LastAccessed = now,
            };
            ArrayMapper.Log(array, now, "create", caller, detail: "from " + body.InputUri);
            state.AddArray(array);
            wire = new FileCreatedWire(output, name);
        }

        await Respond.Json(ctx, wire, StatusCodes.Status201Created).ConfigureAwait(false);
    }

    internal static async Task Export(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<FileExportWire>().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body.OutputUri))
        {
            throw ApiException.BadRequest("output_uri is required");
        }

        lock (emu.State.Sync)
        {
            var array = ArrayAssets.Kind.FromRoute(ctx, emu, caller, out var actions);
            if (array.FileType != "file")
            {
                throw ApiException.BadRequest($"{array.TileDbUri} is not a file array");
            }

            if (!actions.Contains("read"))
            {
                throw ApiException.Forbidden($"user {caller} may not read {array.TileDbUri}");
            }

            var now = emu.Now;
            array.LastAccessed = now;
            ArrayMapper.Log(array, now, "query_read", caller, detail: "export to " + body.OutputUri);
            emu.State.Storage.Add(body.OutputUri);
        }

        await Respond.Json(ctx, new FileExportWire(body.OutputUri), StatusCodes.Status201Created).ConfigureAwait(false);
    }
}
