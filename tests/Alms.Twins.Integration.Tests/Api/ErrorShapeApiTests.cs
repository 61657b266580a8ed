using System.Net;
using System.Text;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>Every failure, whatever its origin, answers the same problem shape naming the field at fault.</summary>
[Collection(ApiCollection.Name)]
public sealed class ErrorShapeApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task AnUnknownRouteIsAProblemNamingTheRequest()
    {
        using var response = await host.Http.GetAsync("api/no-such-resource");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "request");
        Assert.Contains("/api/no-such-resource", problem.Errors["request"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/no-such-resource", HttpStatusCode.NotFound, "request")]
    [InlineData("api/assets?pageSize=0", HttpStatusCode.BadRequest, "pageSize")]
    [InlineData("api/assets?page=x", HttpStatusCode.BadRequest, "page")]
    public async Task ProblemsAreJsonEvenWhenTheCallerAcceptsOnlyHtml(string path, HttpStatusCode status, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Http.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, status, field);
    }

    [Fact]
    public async Task AWrongMethodIsAProblem()
    {
        using var response = await host.Http.DeleteAsync("api/fleet/summary");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "request");
    }

    [Fact]
    public async Task TruncatedJsonIsAProblemNamingTheBody()
    {
        using var response = await PostAsync("api/assets", """{"id":"a","classId":""", "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "classId");
    }

    [Fact]
    public async Task AnEmptyBodyIsAProblemNamingTheBody()
    {
        using var response = await PostAsync("api/asset-classes", string.Empty, "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsAProblemNamingTheBody()
    {
        using var response = await PostAsync("api/telemetry", "value=1", "text/plain");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task AWrongTypeIsAProblemNamingTheNestedField()
    {
        using var response = await PostAsync(
            "api/telemetry",
            """{"readings":[{"assetId":"a","metric":"m","value":1,"timestamp":"2026-01-01T00:00:00Z","source":"s","sequence":"one"}]}""",
            "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "readings[0].sequence");
    }

    [Fact]
    public async Task AQueryFlagOfTheWrongTypeIsAProblemNamingIt()
    {
        using var response = await PostAsync(
            "api/telemetry?allOrNothing=perhaps",
            """{"readings":[{"assetId":"a","metric":"m","value":1,"timestamp":"2026-01-01T00:00:00Z","source":"s","sequence":1}]}""",
            "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "allOrNothing");
    }

    [Fact]
    public async Task ProblemsCarryATraceIdAndTheRequestPath()
    {
        using var response = await host.Http.GetAsync($"api/assets/{ApiTestData.UniqueId("missing")}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "id");
        Assert.False(string.IsNullOrWhiteSpace(problem.GetExtension<string>("traceId")));
        Assert.StartsWith("/api/assets/", problem.GetExtension<string>("instance"), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body, string mediaType) =>
        host.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, mediaType));
}
