using System.ComponentModel;
using Alms.Twins.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alms.Twins.Api;

/// <summary><c>/api/assets/{id}/…</c>: what one twin's reliability model says, for engineers fitting and checking it.</summary>
internal static class AssetReliabilityApi
{
    /// <summary>Horizon used when the caller gives none: a year.</summary>
    public const double DefaultHorizonDays = 365;

    /// <summary>Longest horizon accepted: a century, beyond any asset's planning.</summary>
    public const double MaxHorizonDays = 36_500;

    public static RouteGroupBuilder MapAssetReliabilityApi(this IEndpointRouteBuilder api)
    {
        var asset = api.MapGroup("/assets/{id}").WithTags("Asset reliability");

        asset.MapGet("/failure-probability", GetFailureProbabilityAsync)
            .WithName("GetAssetFailureProbability")
            .WithSummary("Probability that the asset fails within a horizon, given it works now")
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        asset.MapGet("/life-history", GetLifeHistoryAsync)
            .WithName("GetAssetLifeHistory")
            .WithSummary("Ages at each failure and the current age, for fitting the class's life model")
            .ProducesApiProblems(StatusCodes.Status404NotFound);

        return asset;
    }

    public static async Task<Results<Ok<FailureProbability>, ProblemHttpResult>> GetFailureProbabilityAsync(
        string id,
        IGrainFactory grains,
        [Description("Days ahead, more than 0 and at most 36500; 365 when not given.")] double? horizonDays = null)
    {
        var horizon = horizonDays ?? DefaultHorizonDays;

        // The query parser reads "NaN" and "Infinity" as doubles; neither is a horizon.
        if (!double.IsFinite(horizon) || horizon <= 0 || horizon > MaxHorizonDays)
        {
            return ApiProblems.Invalid("horizonDays", $"must be a number of days greater than 0 and at most {MaxHorizonDays:0}");
        }

        var probability = await grains.GetGrain<IAssetTwinGrain>(id).GetFailureProbabilityAsync(horizon);
        return probability is null ? AssetsApi.UnknownAsset(id) : TypedResults.Ok(probability);
    }

    public static async Task<Results<Ok<AssetLifeHistory>, ProblemHttpResult>> GetLifeHistoryAsync(string id, IGrainFactory grains)
    {
        var history = await grains.GetGrain<IAssetTwinGrain>(id).GetLifeHistoryAsync();
        return history is null ? AssetsApi.UnknownAsset(id) : TypedResults.Ok(history);
    }
}
