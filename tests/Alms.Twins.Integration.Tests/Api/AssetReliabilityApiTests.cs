using System.Net;
using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AssetReliabilityApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task FailureProbabilityIsAProbabilityThatGrowsWithTheHorizon()
    {
        var id = await RegisterAsync();

        var month = await host.Client.GetFailureProbabilityAsync(id, 30);
        var year = await host.Client.GetFailureProbabilityAsync(id);
        var decade = await host.Client.GetFailureProbabilityAsync(id, 3650);

        Assert.Equal((30, 365, 3650), (month.HorizonDays, year.HorizonDays, decade.HorizonDays));
        Assert.All(new[] { month, year, decade }, p => Assert.InRange(p.Probability, 0, 1));
        Assert.True(month.Probability <= year.Probability && year.Probability <= decade.Probability);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(36_501)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task AHorizonOutsideItsRangeIsRejectedNamingIt(double horizonDays)
    {
        var id = await RegisterAsync();

        await ProblemAssert.FailsAsync(
            () => host.Client.GetFailureProbabilityAsync(id, horizonDays), HttpStatusCode.BadRequest, "horizonDays");
    }

    [Fact]
    public async Task TheLifeHistoryOfANewAssetHasNoFailures()
    {
        var id = await RegisterAsync();

        var history = await host.Client.GetLifeHistoryAsync(id);

        Assert.Equal(id, history.AssetId);
        Assert.Empty(history.FailureAgesDays);
        Assert.Equal(LifecycleStage.InService, history.Stage);
        Assert.True(history.AgeDays >= 0);
    }

    [Fact]
    public async Task AnUnknownAssetIsNotFoundOnEveryReliabilityRoute()
    {
        var id = ApiTestData.UniqueId("missing");

        await ProblemAssert.FailsAsync(() => host.Client.GetFailureProbabilityAsync(id), HttpStatusCode.NotFound, "id");
        await ProblemAssert.FailsAsync(() => host.Client.GetLifeHistoryAsync(id), HttpStatusCode.NotFound, "id");
    }

    private async Task<string> RegisterAsync()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var registration = ApiTestData.Pump(pumpClass.Id);
        await host.Client.RegisterAssetAsync(registration);
        return registration.Id;
    }
}
