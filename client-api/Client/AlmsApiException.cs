using System.Net;

namespace Alms.Twins.Client;

/// <summary>An error answer of the API: its status and, when the body was a problem document, the problem.</summary>
public sealed class AlmsApiException : Exception
{
    public AlmsApiException(HttpStatusCode statusCode, ApiProblem? problem, string requestDescription)
        : base(Describe(statusCode, problem, requestDescription))
    {
        StatusCode = statusCode;
        Problem = problem;
    }

    public HttpStatusCode StatusCode { get; }

    public ApiProblem? Problem { get; }

    /// <summary>The reasons given for <paramref name="field"/>; empty when the problem names no such field.</summary>
    public IReadOnlyList<string> ReasonsFor(string field) =>
        Problem is not null && Problem.Errors.TryGetValue(field, out var reasons) ? reasons : [];

    private static string Describe(HttpStatusCode statusCode, ApiProblem? problem, string requestDescription)
    {
        var fields = problem is null || problem.Errors.IsEmpty
            ? string.Empty
            : " " + string.Join("; ", problem.Errors.Select(error => $"{error.Key}: {string.Join(", ", error.Value)}"));
        return $"{requestDescription} answered {(int)statusCode} {problem?.Title ?? statusCode.ToString()}.{fields}";
    }
}
