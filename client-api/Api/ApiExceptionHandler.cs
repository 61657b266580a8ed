using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alms.Twins.Api;

/// <summary>
/// Answers every exception that escapes an endpoint with the API's problem shape: a body that does not
/// bind (bad JSON, a NaN literal, a missing required field, a query value of the wrong type) is a 400
/// naming the field; anything else is a 500 whose detail does not leak internals.
/// </summary>
internal sealed partial class ApiExceptionHandler(IOptions<JsonOptions> json, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone: there is nobody to answer.
            return true;
        }

        var problem = Describe(exception, BodyTypeOf(httpContext), json.Value.SerializerOptions);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        await ApiProblems.WriteAsync(httpContext, problem);
        return true;
    }

    /// <summary>
    /// Completes a problem that another component (the development exception page) writes about an exception,
    /// so it names the fields at fault like every other problem of the API.
    /// </summary>
    internal static void AddFieldErrors(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (context.Exception is not { } exception || problem is HttpValidationProblemDetails || problem.Extensions.ContainsKey("errors"))
        {
            return;
        }

        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var described = Describe(exception, BodyTypeOf(context.HttpContext), options);
        problem.Status ??= described.Status;
        problem.Extensions["errors"] = described.Errors;
    }

    // The endpoint's declared body type lets a JSON error say what the field expects. The exception middleware
    // clears the request's endpoint before calling handlers; its feature keeps the one that failed.
    private static Type? BodyTypeOf(HttpContext httpContext)
    {
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
    }

    internal static HttpValidationProblemDetails Describe(Exception exception, Type? bodyType, JsonSerializerOptions options) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } bad =>
            ApiProblems.Create(bad.StatusCode, JsonErrorFields.From(json, bodyType, options)),
        BadHttpRequestException bad => ApiProblems.Create(bad.StatusCode, DescribeBinding(bad)),
        JsonException json => ApiProblems.Create(StatusCodes.Status400BadRequest, JsonErrorFields.From(json, bodyType, options)),
        TimeoutException or SiloUnavailableException => ApiProblems.Create(
            StatusCodes.Status503ServiceUnavailable, ApiProblems.RequestField, "the cluster did not answer in time; retry later"),
        _ => ApiProblems.Create(
            StatusCodes.Status500InternalServerError,
            ApiProblems.RequestField,
            "an unexpected error occurred; the trace id identifies it in the server log"),
    };

    private static Dictionary<string, string[]> DescribeBinding(BadHttpRequestException exception)
    {
        var message = exception.Message;
        var failed = FailedToBind().Match(message);
        if (failed.Success)
        {
            return new() { [failed.Groups["name"].Value] = [$"'{failed.Groups["value"].Value}' is not {Describe(failed.Groups["type"].Value)}"] };
        }

        var missing = RequiredNotProvided().Match(message);
        if (missing.Success)
        {
            var field = missing.Groups["source"].Value == "body" ? ApiProblems.BodyField : missing.Groups["name"].Value;
            return new() { [field] = ["is required"] };
        }

        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            return new() { [ApiProblems.BodyField] = ["a JSON body is required"] };
        }

        var target = exception.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType
            ? ApiProblems.BodyField
            : ApiProblems.RequestField;
        return new() { [target] = [message.TrimEnd('.')] };
    }

    // Route and query values are bound by type name; say what the type means to a caller.
    private static string Describe(string typeName) => NullableName().Replace(typeName, "$1").TrimEnd('?') switch
    {
        "int" or "Int32" or "long" or "Int64" => "a whole number",
        "double" or "Double" or "decimal" or "Decimal" => "a number",
        "bool" or "Boolean" => "true or false",
        "DateTimeOffset" or "DateTime" => "an ISO 8601 date and time",
        var other => $"a valid {other}",
    };

    [GeneratedRegex("^Nullable<(.+)>$")]
    private static partial Regex NullableName();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ \"]+)\" from \"(?<value>.*)\"\\.?$", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("^Required parameter \"(?<type>.+) (?<name>[^ \"]+)\" was not provided from (?<source>[a-z ]+?)\\.?$", RegexOptions.Singleline)]
    private static partial Regex RequiredNotProvided();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception answering {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);
}
