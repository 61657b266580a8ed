using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alms.Twins.Api;

/// <summary>Registers and maps the Alms.Twins HTTP API over the grains of a silo or an Orleans client.</summary>
public static class AlmsApiExtensions
{
    /// <summary>
    /// Adds the API's services: problem details for every error (with a trace id), the OpenAPI document, the
    /// JSON conventions of <see cref="AlmsJson"/>, and error middleware placed in front of the host's pipeline.
    /// Needs an <see cref="IGrainFactory"/> from the silo or an Orleans client.
    /// </summary>
    public static IServiceCollection AddAlmsApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            ApiExceptionHandler.AddFieldErrors(context);
            ApiProblems.Stamp(context.ProblemDetails, context.HttpContext);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<IStartupFilter, ProblemPipeline>();

        // A body that does not bind throws, so the exception handler can name the field instead of a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => AlmsJson.Configure(options.SerializerOptions));
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Alms.Twins API";
            document.Info.Description =
                "Digital twins of physical assets: classes, registration, lifecycle, telemetry and fleet rollups. "
                + "Every error is an RFC 7807 problem whose 'errors' member names each field at fault and why.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Maps <c>/health</c>, <c>/openapi/v1.json</c> and the <c>/api</c> resources.</summary>
    public static IEndpointRouteBuilder MapAlmsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.MapHealthApi();

        var api = app.MapGroup("/api");
        api.MapAssetClassesApi();
        api.MapAssetsApi();
        api.MapAssetReliabilityApi();
        api.MapReliabilityApi();
        api.MapTelemetryApi();
        api.MapFleetApi();
        return app;
    }
}
