using Alms.Twins.Reliability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alms.Twins.Api;

/// <summary>
/// Reliability calculations on posted data (<c>/api/reliability</c>) and fitting a class's life model from its
/// twins (<c>/api/asset-classes/{id}/fit</c>).
/// </summary>
internal static class ReliabilityApi
{
    /// <summary>Confidence level of a class fit's bounds when the caller gives none.</summary>
    public const double DefaultConfidence = 0.9;

    public static RouteGroupBuilder MapReliabilityApi(this IEndpointRouteBuilder api)
    {
        var reliability = api.MapGroup("/reliability").WithTags("Reliability");

        reliability.MapPost("/fit", FitAsync)
            .WithName("FitLifeData")
            .WithSummary("Fits life distributions to failure and suspension times; the best family by the criterion comes first")
            .ProducesApiProblems(StatusCodes.Status400BadRequest);

        reliability.MapPost("/growth", GrowthAsync)
            .WithName("AnalyseReliabilityGrowth")
            .WithSummary("Crow-AMSAA fit and Laplace trend test of recurrent failures; the mean cumulative function for several systems")
            .ProducesApiProblems(StatusCodes.Status400BadRequest);

        api.MapPost("/asset-classes/{id}/fit", FitClassAsync)
            .WithTags("Asset classes")
            .WithName("FitAssetClassFromFleet")
            .WithSummary("Fits a Weibull life to the class's twins and installs it as the class's degradation model")
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        return reliability;
    }

    public static async Task<Results<Ok<LifeFitResponse>, ProblemHttpResult>> FitAsync(LifeFitRequest request, IGrainFactory grains)
    {
        var outcome = await grains.GetGrain<IReliabilityGrain>(0).FitAsync(request);
        return outcome.Error is { } error ? ApiProblems.FromCommandError(error) : TypedResults.Ok(Require(outcome.Result));
    }

    public static async Task<Results<Ok<GrowthResponse>, ProblemHttpResult>> GrowthAsync(GrowthRequest request, IGrainFactory grains)
    {
        var outcome = await grains.GetGrain<IReliabilityGrain>(0).GrowthAsync(request);
        return outcome.Error is { } error ? ApiProblems.FromCommandError(error) : TypedResults.Ok(Require(outcome.Result));
    }

    public static async Task<Results<Ok<ClassFitResponse>, ProblemHttpResult>> FitClassAsync(
        string id, IGrainFactory grains, CancellationToken cancellationToken, ClassFitBody? body = null)
    {
        var confidence = body?.Confidence ?? DefaultConfidence;
        if (!double.IsFinite(confidence) || confidence <= 0 || confidence >= 1)
        {
            return ApiProblems.Invalid("confidence", "must be a level strictly between 0 and 1, e.g. 0.9");
        }

        var actor = string.IsNullOrWhiteSpace(body?.Actor) ? AssetsApi.DefaultActor : body.Actor.Trim();
        var outcome = await grains.GetGrain<IAssetClassGrain>(id).FitFromFleetAsync(confidence, actor, cancellationToken);
        return outcome.Error is { } error ? ApiProblems.FromCommandError(error) : TypedResults.Ok(Require(outcome.Result));
    }

    private static T Require<T>(T? result)
        where T : class =>
        result ?? throw new InvalidOperationException($"A reliability grain returned neither a {typeof(T).Name} nor an error.");
}
