using TileDbWorkflows.Worker.Hosting;

// The standalone worker: the same workflows, routes, queue and schedule as the Functions app, on the embedded
// Durable Task sidecar. Every setting, its default and meaning: appsettings.json ("_settings") and the option
// classes it names. The composition lives in WorkflowWorker so the tests start exactly this.
var app = WorkflowWorker.Build(args);
await app.RunAsync().ConfigureAwait(false);
