using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Alms.Twins.Api;

/// <summary><c>GET /health</c>: the process answers and the cluster serves grain calls.</summary>
internal static class HealthApi
{
    /// <summary>Configuration key under which a host may state its storage mode explicitly.</summary>
    public const string StorageModeKey = "Alms:Storage:Mode";

    /// <summary>The connection string whose presence selects PostgreSQL storage (the silo's convention).</summary>
    public const string PostgresConnectionStringName = "AlmsPostgres";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
            .WithName("GetHealth")
            .WithTags("Health")
            .WithSummary("Whether the host answers and its cluster serves grain calls")
            .ProducesApiProblems(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    // One cheap grain call (the class catalogue) shows the cluster serves requests, so a stuck silo is reported.
    public static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> GetHealthAsync(
        IGrainFactory grains, IConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await grains.GetGrain<IAssetClassCatalogGrain>(0).ListAsync().WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ApiProblems.Result(
                StatusCodes.Status503ServiceUnavailable, "cluster", $"no answer from the cluster within {ProbeTimeout.TotalSeconds:0} s");
        }

        var storage = configuration[StorageModeKey]
            ?? (configuration.GetConnectionString(PostgresConnectionStringName) is null ? "memory" : "postgresql");
        return TypedResults.Ok(new HealthReport("healthy", storage, time.GetUtcNow()));
    }
}
