using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Files;
using TileDbWorkflows.Emulator.Groups;
using TileDbWorkflows.Emulator.Invitations;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Emulator.Users;

namespace TileDbWorkflows.Emulator.Http;

/// <summary>
/// Every route of the emulated TileDB REST API in one table, so what the emulator serves reads in one place and a
/// new route is one line here plus its handler in the feature folder (the admin API under <c>/__emulator/</c> has
/// its own, in AdminEndpoints).
/// </summary>
internal static class EmulatorRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Users, sessions and organizations.
        app.MapGet("/v1/session", UserEndpoints.Session);
        app.MapGet("/v1/user", UserEndpoints.CurrentUser);
        app.MapGet("/v1/users/{username}", UserEndpoints.UserByName);
        app.MapGet("/v1/organizations", UserEndpoints.Organizations);
        app.MapGet("/v1/organizations/{organization}", UserEndpoints.Organization);

        // Arrays: info, update, register, deregister, delete, sharing, activity, browser.
        app.MapGet("/v1/arrays/{namespace}/{array}/metadata", ArrayEndpoints.Info);
        app.MapMethods("/v1/arrays/{namespace}/{array}/metadata", ["PATCH"], ArrayEndpoints.Update);
        app.MapPost("/v1/arrays/{namespace}/{array}/register", ArrayEndpoints.Register);
        app.MapDelete("/v1/arrays/{namespace}/{array}/deregister", ArrayEndpoints.Deregister);
        app.MapDelete("/v1/arrays/{namespace}/{array}", ArrayEndpoints.Delete);
        AssetSharing.Map(app, ArrayAssets.Kind);
        app.MapGet("/v1/arrays/{namespace}/{array}/activity", ArrayActivityEndpoints.V1);
        app.MapGet("/v2/arrays/{namespace}/{array}/activity", ArrayActivityEndpoints.V2);
        AssetBrowser.Map(app, ArrayAssets.Kind);

        // Groups: create, register, members, remove (v2 and v1), info, update, contents, sharing, browser.
        app.MapPost("/v2/groups/{namespace}", ctx => GroupLifecycleEndpoints.CreateV2(ctx, register: false));
        app.MapPut("/v2/groups/{namespace}", ctx => GroupLifecycleEndpoints.CreateV2(ctx, register: true));
        app.MapMethods("/v2/groups/{namespace}/{group}", ["PATCH"], GroupLifecycleEndpoints.ChangeMembers);
        app.MapMethods("/v2/groups/{namespace}/{group}", ["OPTIONS"], GroupLifecycleEndpoints.Exists);
        app.MapDelete("/v2/groups/{namespace}/{group}", ctx => GroupLifecycleEndpoints.Remove(ctx, deleteStorage: false, StatusCodes.Status200OK));
        app.MapDelete("/v2/groups/{namespace}/{group}/delete", ctx => GroupLifecycleEndpoints.Remove(ctx, deleteStorage: true, StatusCodes.Status204NoContent));
        app.MapPost("/v1/groups/{namespace}/create", GroupLifecycleEndpoints.CreateV1);
        app.MapPost("/v1/groups/{namespace}/{group}/register", GroupLifecycleEndpoints.RegisterV1);
        app.MapDelete("/v1/groups/{namespace}/{group}", ctx => GroupLifecycleEndpoints.Remove(ctx, deleteStorage: true, StatusCodes.Status204NoContent));
        app.MapGet("/v1/groups/{namespace}/{group}", GroupInfoEndpoints.Info);
        app.MapMethods("/v1/groups/{namespace}/{group}", ["PATCH"], GroupInfoEndpoints.Update);
        app.MapGet("/v1/groups/{namespace}/{group}/contents", GroupInfoEndpoints.Contents);
        AssetSharing.Map(app, GroupAssets.Kind);
        AssetBrowser.Map(app, GroupAssets.Kind);

        // Invitations: send, cancel, accept, list.
        app.MapPost("/v1/invitations/{namespace}/{array}/share", InvitationEndpoints.InviteToArray);
        app.MapDelete("/v1/invitations/{invitation}/{namespace}/{array}/share", ctx => InvitationEndpoints.Cancel(ctx, "ARRAY_SHARE", "array"));
        app.MapPost("/v1/invitations/group/{namespace}/{group}/share", InvitationEndpoints.InviteToGroup);
        app.MapDelete("/v1/invitations/group/{invitation}/{namespace}/{group}/share", ctx => InvitationEndpoints.Cancel(ctx, "GROUP_SHARE", "group"));
        app.MapPost("/v1/invitations/{organization}/join", InvitationEndpoints.InviteToOrganization);
        app.MapDelete("/v1/invitations/{invitation}/{organization}/join", ctx => InvitationEndpoints.Cancel(ctx, "JOIN_ORGANIZATION", null));
        app.MapPost("/v1/invitations/{invitation}", InvitationInboxEndpoints.Accept);
        app.MapGet("/v1/invitations", InvitationInboxEndpoints.List);

        // SQL and UDF submissions as tasks.
        app.MapPost("/v1/sql/{namespace}", TaskEndpoints.SubmitSql);
        app.MapPost("/v1/udfs/generic/{namespace}", ctx => TaskEndpoints.SubmitUdf(ctx, "GENERIC_UDF", arrayRoute: false));
        app.MapPost("/v1/udfs/arrays/{namespace}", ctx => TaskEndpoints.SubmitUdf(ctx, "UDF", arrayRoute: false));
        app.MapPost("/v1/arrays/{namespace}/{array}/udf/submit", ctx => TaskEndpoints.SubmitUdf(ctx, "UDF", arrayRoute: true));
        app.MapGet("/v1/tasks", TaskEndpoints.List);
        app.MapGet("/v1/task/{id}", TaskEndpoints.Get);
        app.MapGet("/v1/task/{id}/result", TaskEndpoints.Result);

        // File import and export.
        app.MapPost("/v1/files/{namespace}", FileEndpoints.Create);
        app.MapPost("/v1/files/{namespace}/{array}/export", FileEndpoints.Export);
    }
}
