using System.Text.Json;
using Alms.Twins.Api;
using Microsoft.AspNetCore.Http;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>How escaped exceptions map to problems, for the cases a healthy host cannot be made to produce.</summary>
public sealed class ApiExceptionHandlerTests
{
    private static readonly JsonSerializerOptions Options = AlmsJson.CreateOptions();

    [Fact]
    public void AnUnexpectedExceptionIsA500ThatDoesNotLeakItsMessage()
    {
        var problem = ApiExceptionHandler.Describe(new InvalidOperationException("connection string Password=hunter2"), null, Options);

        Assert.Equal(StatusCodes.Status500InternalServerError, problem.Status);
        Assert.True(problem.Errors.ContainsKey(ApiProblems.RequestField));
        Assert.DoesNotContain("hunter2", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(problem.Errors.Values.SelectMany(reasons => reasons), reason => reason.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void AClusterTimeoutIsA503()
    {
        var problem = ApiExceptionHandler.Describe(new TimeoutException("response did not arrive"), null, Options);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, problem.Status);
    }

    [Fact]
    public void ABindingFailureNamesTheParameterAndWhatItMustBe()
    {
        var exception = new BadHttpRequestException("Failed to bind parameter \"Nullable<int> limit\" from \"many\".", StatusCodes.Status400BadRequest);

        var problem = ApiExceptionHandler.Describe(exception, null, Options);

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal(["'many' is not a whole number"], problem.Errors["limit"]);
    }

    [Fact]
    public void ABodyTooLargeNamesTheBody()
    {
        var exception = new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);

        var problem = ApiExceptionHandler.Describe(exception, null, Options);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem.Status);
        Assert.True(problem.Errors.ContainsKey(ApiProblems.BodyField));
    }
}
