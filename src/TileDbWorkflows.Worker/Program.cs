using TileDbWorkflows.Worker.Hosting;

// The standalone worker: the same workflows as the Functions app on the embedded Durable Task sidecar.
// Every setting, its default and meaning: appsettings.json ("_settings") and the option classes it names.
var builder = WorkerApplication.CreateBuilder(args, registry =>
{
    // TileDbWorkflows.Workflows adds its orchestrators and activities here (one registration helper for all hosts).
});

// Triggers plug in here once the workflows exist:
//   builder.Services.AddQueueListener<THandler>("Queues:BulkInvitations", (o, c) => o.QueueName = c["BulkInvitationsQueue"] ?? "bulk-invitations");
//   builder.Services.AddScheduledJob<TJob>("Sweep", scheduleSetting: "SweepSchedule");
var app = WorkerApplication.Build(builder);

// HTTP routes are protected by the API key by default (fallback policy); map them here.
await app.RunAsync().ConfigureAwait(false);
