using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Alms.Twins.Api;

/// <summary>
/// Puts the error middleware in front of the whole pipeline, whoever builds it: exceptions become problems
/// (through <see cref="ApiExceptionHandler"/>), and a bare error status with no body (an unknown route, a wrong
/// method) gets a problem body naming what was wrong.
/// </summary>
internal sealed class ProblemPipeline : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(WriteStatusProblemAsync);
        next(app);
    };

    private static async Task WriteStatusProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (field, reason) = status switch
        {
            StatusCodes.Status404NotFound => (ApiProblems.RequestField, $"no endpoint matches {http.Request.Method} {http.Request.Path}"),
            StatusCodes.Status405MethodNotAllowed => (ApiProblems.RequestField, $"{http.Request.Method} is not allowed on {http.Request.Path}"),
            StatusCodes.Status415UnsupportedMediaType => (ApiProblems.BodyField, "the body must be application/json"),
            _ => (ApiProblems.RequestField, $"the request failed with status {status}"),
        };

        await ApiProblems.WriteAsync(http, ApiProblems.Create(status, field, reason));
    }
}
