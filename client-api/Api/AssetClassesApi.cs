using System.Collections.Immutable;
using Alms.Twins.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alms.Twins.Api;

/// <summary><c>/api/asset-classes</c>: what assets of a class report and how they degrade.</summary>
internal static class AssetClassesApi
{
    public static RouteGroupBuilder MapAssetClassesApi(this IEndpointRouteBuilder api)
    {
        var classes = api.MapGroup("/asset-classes").WithTags("Asset classes");

        classes.MapPost("/", DefineAsync)
            .WithName("DefineAssetClass")
            .WithSummary("Creates an asset class (201) or replaces its definition (200); the version goes up on each change")
            .ProducesApiProblems(StatusCodes.Status400BadRequest);

        classes.MapGet("/{id}", GetAsync)
            .WithName("GetAssetClass")
            .WithSummary("The current definition of an asset class")
            .ProducesApiProblems(StatusCodes.Status404NotFound);

        classes.MapGet("/", ListAsync)
            .WithName("ListAssetClasses")
            .WithSummary("Every defined asset class, ordered by id");

        return classes;
    }

    public static async Task<Results<Created<AssetClassDefinition>, Ok<AssetClassDefinition>, ProblemHttpResult>> DefineAsync(
        AssetClassDefinition definition, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            return ApiProblems.Invalid("id", "is required");
        }

        var result = await grains.GetGrain<IAssetClassGrain>(definition.Id).DefineAsync(definition, cancellationToken);
        if (result.Error is { } error)
        {
            return ApiProblems.FromCommandError(error);
        }

        var stored = result.Definition
            ?? throw new InvalidOperationException($"Asset class grain '{definition.Id}' returned neither a definition nor an error.");
        return result.Created
            ? TypedResults.Created(Location(stored.Id), stored)
            : TypedResults.Ok(stored);
    }

    public static async Task<Results<Ok<AssetClassDefinition>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        var definition = await grains.GetGrain<IAssetClassGrain>(id).GetAsync();
        return definition is null
            ? ApiProblems.NotFound("id", $"no asset class '{id}' is defined")
            : TypedResults.Ok(definition);
    }

    public static async Task<Ok<ImmutableArray<AssetClassDefinition>>> ListAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IAssetClassCatalogGrain>(0).ListAsync();

        // Classes are few, so reading each definition here is cheaper than a second round trip from the caller.
        var definitions = await Task.WhenAll(ids.Select(id => grains.GetGrain<IAssetClassGrain>(id).GetAsync()));
        return TypedResults.Ok(definitions
            .OfType<AssetClassDefinition>()
            .OrderBy(definition => definition.Id, StringComparer.Ordinal)
            .ToImmutableArray());
    }

    internal static string Location(string id) => $"/api/asset-classes/{Uri.EscapeDataString(id)}";
}
