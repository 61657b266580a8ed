using System.Net;
using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AssetListingApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task FilteringByClassListsItsAssetsOrderedById()
    {
        var (classId, ids) = await RegisterFleetAsync();

        var page = await host.Client.ListAssetsAsync(classId: classId, pageSize: 100);

        Assert.Equal(ids.Length, page.Total);
        Assert.Equal(ids.Order(StringComparer.Ordinal), page.Items.Select(item => item.Id));
        Assert.All(page.Items, item => Assert.Equal(classId, item.ClassId));
    }

    [Fact]
    public async Task FilteringBySiteIncludesEverySiteBelowIt()
    {
        var (classId, _) = await RegisterFleetAsync();

        var plantA = await host.Client.ListAssetsAsync(classId: classId, site: "plant-a");
        var lineTwo = await host.Client.ListAssetsAsync(classId: classId, site: "plant-a/line-2");
        var plantAb = await host.Client.ListAssetsAsync(classId: classId, site: "plant-ab");

        Assert.Equal(4, plantA.Total);
        Assert.DoesNotContain(plantA.Items, item => item.SitePath == "plant-ab");
        Assert.Equal(2, lineTwo.Total);
        Assert.All(lineTwo.Items, item => Assert.Equal("plant-a/line-2", item.SitePath));
        Assert.Equal("plant-ab", Assert.Single(plantAb.Items).SitePath);
    }

    [Fact]
    public async Task FilteringByStageTakesTheNameInAnyCase()
    {
        var (classId, _) = await RegisterFleetAsync();

        using var response = await host.Http.GetAsync($"api/assets?class={classId}&stage=sTaNdBy");
        var typed = await host.Client.ListAssetsAsync(classId: classId, stage: LifecycleStage.Standby);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"stage\":\"Standby\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, typed.Total);
        Assert.Equal(LifecycleStage.Standby, Assert.Single(typed.Items).Stage);
    }

    [Fact]
    public async Task PagesCutTheOrderedListWithoutGapsOrRepeats()
    {
        var (classId, ids) = await RegisterFleetAsync();
        var ordered = ids.Order(StringComparer.Ordinal).ToArray();

        var first = await host.Client.ListAssetsAsync(classId: classId, page: 1, pageSize: 2);
        var second = await host.Client.ListAssetsAsync(classId: classId, page: 2, pageSize: 2);
        var third = await host.Client.ListAssetsAsync(classId: classId, page: 3, pageSize: 2);
        var beyond = await host.Client.ListAssetsAsync(classId: classId, page: 4, pageSize: 2);

        Assert.Equal(ordered[..2], first.Items.Select(item => item.Id));
        Assert.Equal(ordered[2..4], second.Items.Select(item => item.Id));
        Assert.Equal(ordered[4..], third.Items.Select(item => item.Id));
        Assert.Empty(beyond.Items);
        Assert.All(new[] { first, second, third, beyond }, page => Assert.Equal(ordered.Length, page.Total));
        Assert.Equal(2, second.Page);
        Assert.Equal(2, second.PageSize);
    }

    [Theory]
    [InlineData("stage=Retired", "stage")]
    [InlineData("stage=2", "stage")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1001", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=1000&pageSize=1000", "page")]
    public async Task BadListingParametersAreRejectedNamingTheField(string query, string field)
    {
        using var response = await host.Http.GetAsync($"api/assets?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    /// <summary>Five assets of a fresh class over three sites, one of them on standby.</summary>
    private async Task<(string ClassId, string[] Ids)> RegisterFleetAsync()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        AssetRegistration[] registrations =
        [
            ApiTestData.Pump(pumpClass.Id, site: "plant-a/line-1"),
            ApiTestData.Pump(pumpClass.Id, site: "plant-a/line-1"),
            ApiTestData.Pump(pumpClass.Id, site: "plant-a/line-2"),
            ApiTestData.Pump(pumpClass.Id, site: "plant-a/line-2", stage: LifecycleStage.Standby),
            ApiTestData.Pump(pumpClass.Id, site: "plant-ab"),
        ];
        foreach (var registration in registrations)
        {
            await host.Client.RegisterAssetAsync(registration);
        }

        return (pumpClass.Id, [.. registrations.Select(registration => registration.Id)]);
    }
}
