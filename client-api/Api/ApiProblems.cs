using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Alms.Twins.Api;

/// <summary>
/// Builds the API's one error shape: an RFC 7807 problem whose <c>errors</c> member maps each field at fault
/// to its reasons. Errors about the request as a whole use <see cref="RequestField"/> or <see cref="BodyField"/>.
/// </summary>
public static class ApiProblems
{
    /// <summary>Field name used when the request as a whole is at fault (unknown route, server error).</summary>
    public const string RequestField = "request";

    /// <summary>Field name used when the body as a whole is at fault (absent, not JSON).</summary>
    public const string BodyField = "body";

    /// <summary>A problem naming one field and its reason.</summary>
    public static HttpValidationProblemDetails Create(int status, string field, string reason) =>
        Create(status, new Dictionary<string, string[]> { [field] = [reason] });

    /// <summary>A problem naming several fields; the detail lists them.</summary>
    public static HttpValidationProblemDetails Create(int status, IDictionary<string, string[]> errors, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A problem must name at least one field.", nameof(errors));
        }

        return new HttpValidationProblemDetails(errors)
        {
            Status = status,
            Title = ReasonPhrases.GetReasonPhrase(status),
            Detail = detail ?? Describe(errors),
        };
    }

    /// <summary>The typed result of <see cref="Create(int, string, string)"/>.</summary>
    public static ProblemHttpResult Result(int status, string field, string reason) =>
        TypedResults.Problem(Create(status, field, reason));

    /// <summary>A 400 naming <paramref name="field"/>.</summary>
    public static ProblemHttpResult Invalid(string field, string reason) => Result(StatusCodes.Status400BadRequest, field, reason);

    /// <summary>A 404 naming the route value or field that points at nothing.</summary>
    public static ProblemHttpResult NotFound(string field, string reason) => Result(StatusCodes.Status404NotFound, field, reason);

    /// <summary>Maps a grain's refusal to its status: Invalid 400, NotFound 404, Conflict 409.</summary>
    public static ProblemHttpResult FromCommandError(CommandError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Result(status, FieldName(error.Field), error.Reason);
    }

    /// <summary>Adds what every problem carries: the request path as its instance, and the trace id.</summary>
    public static void Stamp(ProblemDetails problem, HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(httpContext);
        problem.Instance ??= httpContext.Request.Path;
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? httpContext.TraceIdentifier);
    }

    /// <summary>
    /// Writes <paramref name="problem"/> as the response. Unlike the problem-details service, the result writes JSON
    /// even when the caller's Accept header asks for something else, so no error goes out without its body.
    /// </summary>
    public static Task WriteAsync(HttpContext httpContext, HttpValidationProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Stamp(problem, httpContext);
        return TypedResults.Problem(problem).ExecuteAsync(httpContext);
    }

    /// <summary>A grain's field name in the API's camelCase spelling (<c>ClassId</c> becomes <c>classId</c>).</summary>
    public static string FieldName(string field) =>
        string.IsNullOrEmpty(field) ? RequestField : JsonNamingPolicy.CamelCase.ConvertName(field);

    private static string Describe(IDictionary<string, string[]> errors)
    {
        if (errors.Count == 1)
        {
            var (field, reasons) = errors.First();
            return $"{field}: {string.Join("; ", reasons)}";
        }

        return $"{errors.Count} fields are invalid: {string.Join(", ", errors.Keys.Take(10))}{(errors.Count > 10 ? ", …" : string.Empty)}.";
    }
}
