using System.Text.Json;
using Alms.Twins.Client;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class HealthAndOpenApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task HealthReportsHealthyAndTheEmbeddedStorageMode()
    {
        var health = await host.Client.GetHealthAsync();

        Assert.Equal("healthy", health.Status);
        Assert.Equal("memory", health.Storage);
    }

    [Fact]
    public void TheClientRefusesABaseAddressThatWouldDropItsLastSegment()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5080/alms") };

        var error = Assert.Throws<ArgumentException>(() => new AlmsClient(http));

        Assert.Equal("http", error.ParamName);
    }

    [Fact]
    public async Task OpenApiDocumentListsEveryRouteWithItsOperationName()
    {
        var text = await host.Client.GetOpenApiDocumentAsync();
        using var document = JsonDocument.Parse(text);
        var paths = document.RootElement.GetProperty("paths");

        var expected = new Dictionary<string, string[]>
        {
            ["/health"] = ["get"],
            ["/api/asset-classes"] = ["get", "post"],
            ["/api/asset-classes/{id}"] = ["get"],
            ["/api/assets"] = ["get", "post"],
            ["/api/assets/{id}"] = ["get"],
            ["/api/assets/{id}/transitions"] = ["post"],
            ["/api/assets/{id}/audit"] = ["get"],
            ["/api/assets/{id}/failure-probability"] = ["get"],
            ["/api/assets/{id}/life-history"] = ["get"],
            ["/api/asset-classes/{id}/fit"] = ["post"],
            ["/api/reliability/fit"] = ["post"],
            ["/api/reliability/growth"] = ["post"],
            ["/api/telemetry"] = ["post"],
            ["/api/fleet/summary"] = ["get"],
        };
        foreach (var (path, methods) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"the document lacks {path}");
            foreach (var method in methods)
            {
                Assert.True(item.TryGetProperty(method, out var operation), $"the document lacks {method} {path}");
                Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            }
        }
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheProblemAndConflictAnswers()
    {
        using var document = JsonDocument.Parse(await host.Client.GetOpenApiDocumentAsync());
        var transition = document.RootElement.GetProperty("paths").GetProperty("/api/assets/{id}/transitions").GetProperty("post");
        var responses = transition.GetProperty("responses");

        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        Assert.True(responses.TryGetProperty("404", out _));
        Assert.True(responses.TryGetProperty("409", out var conflict));
        Assert.True(conflict.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
