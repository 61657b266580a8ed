using System.Collections.Immutable;
using System.ComponentModel;
using Alms.Twins.Assets;
using Alms.Twins.Audit;
using Alms.Twins.Fleet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Alms.Twins.Api;

/// <summary><c>/api/assets</c>: registering, reading, listing and moving asset twins through their lifecycle.</summary>
internal static class AssetsApi
{
    /// <summary>Actor recorded on a transition whose body names none.</summary>
    public const string DefaultActor = "api";

    /// <summary>Audit events answered when the caller gives no limit.</summary>
    public const int DefaultAuditLimit = 100;

    /// <summary>Most audit events one call answers.</summary>
    public const int MaxAuditLimit = 10_000;

    public static RouteGroupBuilder MapAssetsApi(this IEndpointRouteBuilder api)
    {
        var assets = api.MapGroup("/assets").WithTags("Assets");

        assets.MapPost("/", RegisterAsync)
            .WithName("RegisterAsset")
            .WithSummary("Registers an asset (201); repeating the identical registration answers 200, a different one 409")
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);

        assets.MapGet("/{id}", GetAsync)
            .WithName("GetAsset")
            .WithSummary("The twin's snapshot: master data, stage, live condition and health")
            .ProducesApiProblems(StatusCodes.Status404NotFound);

        assets.MapGet("/", ListAsync)
            .WithName("ListAssets")
            .WithSummary("Assets ordered by id, filtered by class, site (and everything below it) and stage, one page at a time")
            .ProducesApiProblems(StatusCodes.Status400BadRequest);

        assets.MapPost("/{id}/transitions", TransitionAsync)
            .WithName("TransitionAsset")
            .WithSummary("Moves an asset to another lifecycle stage; an illegal move is a 409 naming the stages allowed")
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        assets.MapGet("/{id}/audit", GetAuditTrailAsync)
            .WithName("GetAssetAuditTrail")
            .WithSummary("The asset's audit trail (registration, transitions), oldest first")
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        return assets;
    }

    public static async Task<Results<Created<AssetSnapshot>, Ok<AssetSnapshot>, ProblemHttpResult>> RegisterAsync(
        AssetRegistration registration, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(registration.Id))
        {
            return ApiProblems.Invalid("id", "is required");
        }

        var result = await grains.GetGrain<IAssetTwinGrain>(registration.Id).RegisterAsync(registration, cancellationToken);
        if (result.Error is { } error)
        {
            // The body is what points at a missing class or parent: that is bad input, not a missing resource.
            return ApiProblems.FromCommandError(error.Kind == ErrorKind.NotFound ? error with { Kind = ErrorKind.Invalid } : error);
        }

        var snapshot = result.Snapshot
            ?? throw new InvalidOperationException($"Asset twin '{registration.Id}' returned neither a snapshot nor an error.");
        return result.Created
            ? TypedResults.Created(Location(registration.Id), snapshot)
            : TypedResults.Ok(snapshot);
    }

    public static async Task<Results<Ok<AssetSnapshot>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        var snapshot = await grains.GetGrain<IAssetTwinGrain>(id).GetSnapshotAsync();
        return snapshot is null ? UnknownAsset(id) : TypedResults.Ok(snapshot);
    }

    // The fleet query grain fans the filter out to the directory partitions and cuts the page from their merge.
    public static async Task<Results<Ok<AssetPage>, ProblemHttpResult>> ListAsync(
        IGrainFactory grains,
        [FromQuery(Name = "class"), Description("Only assets of this class id.")] string? classId = null,
        [Description("Only assets at this site or below it: plant-a matches plant-a/line-1, not plant-ab.")] string? site = null,
        [Description("Only assets in this lifecycle stage (its name, in any letter case).")] string? stage = null,
        [Description("1-based page number; 1 when not given.")] int? page = null,
        [Description("Assets per page, 1 to 1000; 50 when not given.")] int? pageSize = null)
    {
        var request = AssetListRequest.Parse(classId, site, stage, page, pageSize, out var errors);
        if (request is null)
        {
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status400BadRequest, errors));
        }

        return TypedResults.Ok(await grains.GetGrain<IFleetQueryGrain>(0).QueryAssetsAsync(request.Query, request.Page, request.PageSize));
    }

    public static async Task<Results<Ok<AssetSnapshot>, ProblemHttpResult>> TransitionAsync(
        string id, TransitionBody body, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return ApiProblems.Invalid("reason", "is required and must not be blank");
        }

        var request = new TransitionRequest(
            body.To, body.Reason.Trim(), string.IsNullOrWhiteSpace(body.Actor) ? DefaultActor : body.Actor.Trim(), body.RequestId);
        var result = await grains.GetGrain<IAssetTwinGrain>(id).TransitionAsync(request, cancellationToken);
        if (result.Error is { } error)
        {
            return error.Kind == ErrorKind.NotFound ? UnknownAsset(id) : ApiProblems.FromCommandError(error);
        }

        return TypedResults.Ok(result.Snapshot
            ?? throw new InvalidOperationException($"Asset twin '{id}' returned neither a snapshot nor an error."));
    }

    public static async Task<Results<Ok<ImmutableArray<AuditEvent>>, ProblemHttpResult>> GetAuditTrailAsync(
        string id, IGrainFactory grains, [Description("Most events to answer, 1 to 10000; 100 when not given.")] int? limit = null)
    {
        var count = limit ?? DefaultAuditLimit;
        if (count is < 1 or > MaxAuditLimit)
        {
            return ApiProblems.Invalid("limit", $"must be between 1 and {MaxAuditLimit}");
        }

        var twin = grains.GetGrain<IAssetTwinGrain>(id);
        var events = await twin.GetAuditTrailAsync(count);

        // Every registered asset has at least its registration event, so an empty trail needs one more look.
        if (events.IsDefaultOrEmpty && await twin.GetSnapshotAsync() is null)
        {
            return UnknownAsset(id);
        }

        return TypedResults.Ok(events.IsDefault ? [] : events);
    }

    internal static string Location(string id) => $"/api/assets/{Uri.EscapeDataString(id)}";

    internal static ProblemHttpResult UnknownAsset(string id) => ApiProblems.NotFound("id", $"no asset '{id}' is registered");
}
