using Alms.Twins.Fleet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alms.Twins.Api;

/// <summary><c>/api/fleet</c>: fleet-wide rollups read from the directory partitions.</summary>
internal static class FleetApi
{
    public static RouteGroupBuilder MapFleetApi(this IEndpointRouteBuilder api)
    {
        var fleet = api.MapGroup("/fleet").WithTags("Fleet");

        fleet.MapGet("/summary", GetSummaryAsync)
            .WithName("GetFleetSummary")
            .WithSummary("Counts by stage and class, a health histogram, alarms standing and expected failures within a year");

        return fleet;
    }

    // Read from the directory partitions' rollups through the fleet query grain, never from the twins.
    public static async Task<Ok<FleetSummary>> GetSummaryAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IFleetQueryGrain>(0).SummarizeAsync());
}
