using Alms.Twins.Grains;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Alms.Twins.Silo.Hosting;

/// <summary>
/// Traces and metrics: Orleans' grain-call source and meter plus the project's own <c>Alms.Twins</c>
/// source and meter. Prometheus serves <c>/metrics</c>; OTLP is used only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the console exporter only when <c>Alms:Telemetry:Console</c> is true.
/// </summary>
public static class OpenTelemetryExtensions
{
    public static WebApplicationBuilder AddAlmsOpenTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = builder.Configuration.GetValue("Alms:Telemetry:Console", false);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("alms-twins"))
            .WithTracing(tracing =>
            {
                tracing.AddSource("Microsoft.Orleans.Application", AlmsInstrumentation.Name).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Microsoft.Orleans", AlmsInstrumentation.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return builder;
    }
}
