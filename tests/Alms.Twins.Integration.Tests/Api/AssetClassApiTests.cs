using System.Net;
using System.Net.Http.Json;
using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AssetClassApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task DefiningANewClassAnswersCreatedWithItsLocation()
    {
        var definition = ApiTestData.PumpClass();

        var outcome = await host.Client.DefineAssetClassAsync(definition);

        Assert.True(outcome.Created);
        Assert.Equal($"/api/asset-classes/{definition.Id}", outcome.Location?.OriginalString);
        Assert.Equal(definition.Id, outcome.Value.Id);
        Assert.Equal(definition.Metrics.Length, outcome.Value.Metrics.Length);
    }

    [Fact]
    public async Task RedefiningAClassAnswersOkAndRaisesItsVersion()
    {
        var definition = ApiTestData.PumpClass();
        var first = await host.Client.DefineAssetClassAsync(definition);

        var second = await host.Client.DefineAssetClassAsync(definition with { Name = "Centrifugal pump, revised" });

        Assert.False(second.Created);
        Assert.Null(second.Location);
        Assert.Equal("Centrifugal pump, revised", second.Value.Name);
        Assert.True(second.Value.Version > first.Value.Version);
    }

    [Fact]
    public async Task ADefinedClassCanBeReadBackAndIsListed()
    {
        var definition = ApiTestData.PumpClass();
        await host.Client.DefineAssetClassAsync(definition);

        var read = await host.Client.GetAssetClassAsync(definition.Id);
        var listed = await host.Client.ListAssetClassesAsync();

        Assert.Equal(definition.Name, read.Name);
        Assert.Equal(ApiTestData.Temperature, read.Metrics[0].Name);
        Assert.Equal(80, read.Metrics[0].Alarms?.WarningHigh);
        Assert.Equal(definition.Costs, read.Costs);
        Assert.Contains(listed, listedClass => listedClass.Id == definition.Id);
    }

    [Fact]
    public async Task AnUnknownClassIsNotFoundNamingTheId()
    {
        await ProblemAssert.FailsAsync(
            () => host.Client.GetAssetClassAsync(ApiTestData.UniqueId("missing")), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task AClassWithoutMetricsIsRejectedNamingMetrics()
    {
        var definition = ApiTestData.PumpClass() with { Metrics = [] };

        await ProblemAssert.FailsAsync(() => host.Client.DefineAssetClassAsync(definition), HttpStatusCode.BadRequest, "metrics");
    }

    [Fact]
    public async Task AMetricWithAnInvertedRangeIsRejectedNamingItsPath()
    {
        var definition = ApiTestData.PumpClass();
        definition = definition with { Metrics = definition.Metrics.SetItem(1, new MetricDefinition(ApiTestData.OperatingHours, "h", 10, 5, MetricKind.Counter)) };

        await ProblemAssert.FailsAsync(() => host.Client.DefineAssetClassAsync(definition), HttpStatusCode.BadRequest, "metrics[1].max");
    }

    [Fact]
    public async Task AClassBodyWithoutItsNameIsRejectedNamingTheMissingField()
    {
        var body = new { id = ApiTestData.UniqueId("pump"), metrics = Array.Empty<object>(), degradation = new { weibullShape = 2, ageScaleDays = 100 }, costs = new { replacementCost = 1, preventiveRepairCost = 1, correctiveRepairCost = 1, downtimeCostPerHour = 1 } };

        using var response = await host.Http.PostAsJsonAsync("api/asset-classes", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "name");
    }
}
