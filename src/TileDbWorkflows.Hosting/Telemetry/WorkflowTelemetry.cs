using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Hosting.Telemetry;

/// <summary>
/// Traces and metrics of both hosts with the ecosystem's conventions: Durable Task's own spans
/// (<c>Microsoft.DurableTask</c>), ASP.NET Core and HttpClient, our TileDB operations (<c>TileDbWorkflows.Cloud</c>) and
/// the <c>TileDbWorkflows</c> meter. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard
/// <c>OTEL_*</c> variables choose http/protobuf or grpc, headers, service name), to Azure Monitor when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; with neither, nothing leaves the process.
/// </summary>
public static class WorkflowTelemetry
{
    public const string ServiceName = "tiledb-workflows";

    /// <summary>Durable Task's ActivitySource (client, worker and gRPC sidecar spans).</summary>
    public const string DurableTaskSource = "Microsoft.DurableTask";

    /// <summary>TileDB operations; the name of TileDbWorkflows.Cloud's internal TileDbTelemetry.SourceName.</summary>
    public const string CloudSource = "TileDbWorkflows.Cloud";

    /// <summary>Spans of ours outside the client (queue deliveries); see WorkflowActivities.</summary>
    public const string WorkflowsSource = WorkflowActivities.SourceName;

    /// <summary>The one meter name every assembly records on (WorkflowMetrics and the Cloud client's counters).</summary>
    public const string MeterName = WorkflowMetrics.MeterName;

    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Adds tracing and metrics for an ASP.NET Core host (the worker), and the exporters the configuration asks for.</summary>
    public static OpenTelemetryBuilder AddWorkflowTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        WorkflowMetrics.EnsureCreated();
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(DurableTaskSource, CloudSource, WorkflowsSource)
                // Probes every few seconds and the Durable Task sidecar's own gRPC traffic (polling, completions) would
                // drown the traces people look for; Durable Task traces its orchestrations and activities itself.
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal) && !IsGrpc(context.Request.ContentType))
                .AddHttpClientInstrumentation(options => options.FilterHttpRequestMessage = request =>
                    !IsGrpc(request.Content?.Headers.ContentType?.MediaType)))
            .WithMetrics(metrics => metrics
                .AddMeter(MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        AddExporters(builder, configuration);
        return builder;
    }

    private static bool IsGrpc(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase);

    /// <summary>The exporters, each only when its standard setting is present.</summary>
    public static void AddExporters(OpenTelemetryBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            builder.UseOtlpExporter();
        }
        if (!string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]))
        {
            builder.UseAzureMonitor(options => options.ConnectionString = configuration[AzureMonitorSetting]);
        }
    }
}
