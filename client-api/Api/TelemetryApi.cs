using System.ComponentModel;
using Alms.Twins.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alms.Twins.Api;

/// <summary><c>POST /api/telemetry</c>: batched readings for any number of assets.</summary>
internal static class TelemetryApi
{
    /// <summary>Most readings one request may carry; larger batches are refused whole (413) so memory stays bounded.</summary>
    public const int MaxReadingsPerRequest = 50_000;

    /// <summary>Extension member of a 422 answer that carries every rejected reading.</summary>
    public const string RejectionsExtension = "rejections";

    public static RouteGroupBuilder MapTelemetryApi(this IEndpointRouteBuilder api)
    {
        var telemetry = api.MapGroup("/telemetry").WithTags("Telemetry");

        telemetry.MapPost("/", IngestAsync)
            .WithName("IngestTelemetry")
            .WithSummary("Validates readings and publishes them to their twins; reports each rejected reading with its field and reason")
            .WithDescription(
                "Readings are applied asynchronously: a 200 means they were accepted for delivery. With allOrNothing=true a batch "
                + "with any rejected reading is refused whole with a 422 whose 'rejections' member lists them.")
            .ProducesApiProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        return telemetry;
    }

    public static async Task<Results<Ok<IngestResult>, ProblemHttpResult>> IngestAsync(
        TelemetryPost body,
        IGrainFactory grains,
        CancellationToken cancellationToken,
        [Description("Refuse the whole batch (422) when any reading is rejected.")] bool? allOrNothing = null)
    {
        var readings = body.Readings;
        if (readings.IsDefaultOrEmpty)
        {
            return ApiProblems.Invalid("readings", "must contain at least one reading");
        }

        if (readings.Length > MaxReadingsPerRequest)
        {
            return ApiProblems.Result(
                StatusCodes.Status413PayloadTooLarge,
                "readings",
                $"{readings.Length} readings exceed the limit of {MaxReadingsPerRequest} per request; split the batch");
        }

        var strict = allOrNothing ?? false;
        var result = await grains.GetGrain<ITelemetryIngestGrain>(0).IngestAsync(readings, strict, cancellationToken);
        if (strict && !result.Rejected.IsDefaultOrEmpty)
        {
            return TypedResults.Problem(AllOrNothingRefusal(result));
        }

        return TypedResults.Ok(result);
    }

    private static HttpValidationProblemDetails AllOrNothingRefusal(IngestResult result)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in result.Rejected.GroupBy(FieldOf, StringComparer.Ordinal))
        {
            errors[group.Key] = [.. group.Select(rejection => rejection.Reason)];
        }

        var problem = ApiProblems.Create(
            StatusCodes.Status422UnprocessableEntity,
            errors,
            $"{result.Rejected.Length} reading(s) were rejected, so none of the batch was accepted");
        problem.Extensions[RejectionsExtension] = result.Rejected;
        return problem;
    }

    private static string FieldOf(ReadingRejection rejection) =>
        rejection.Index >= 0
            ? $"readings[{rejection.Index}].{ApiProblems.FieldName(rejection.Field)}"
            : $"readings.{ApiProblems.FieldName(rejection.Field)}";
}
