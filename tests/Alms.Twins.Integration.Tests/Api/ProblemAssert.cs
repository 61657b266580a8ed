using System.Net;
using Alms.Twins.Client;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>Checks on the API's one error shape.</summary>
internal static class ProblemAssert
{
    /// <summary>Awaits a call that must fail with <paramref name="status"/> and a problem naming <paramref name="field"/>.</summary>
    public static async Task<AlmsApiException> FailsAsync(Func<Task> call, HttpStatusCode status, string field)
    {
        var error = await Assert.ThrowsAsync<AlmsApiException>(call);
        Assert.Equal(status, error.StatusCode);
        HasShape(error.Problem, status, field);
        return error;
    }

    /// <summary>Reads a raw response that must be a problem with <paramref name="status"/> naming <paramref name="field"/>.</summary>
    public static async Task<ApiProblem> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiProblem.ReadAsync(response);
        HasShape(problem, status, field);
        return problem!;
    }

    private static void HasShape(ApiProblem? problem, HttpStatusCode status, string field)
    {
        Assert.NotNull(problem);
        Assert.Equal((int)status, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title));
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.True(
            problem.Errors.TryGetValue(field, out var reasons),
            $"expected the problem to name '{field}', it named: {string.Join(", ", problem.Errors.Keys)}");
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }
}
