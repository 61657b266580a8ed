using Alms.Twins.Assets;
using Alms.Twins.Fleet;

namespace Alms.Twins.Integration.Tests.Grains;

[Collection(TwinClusterCollection.Name)]
public sealed class FleetQueryTests(TwinClusterFixture cluster)
{
    private IFleetQueryGrain Fleet => cluster.Grains.GetGrain<IFleetQueryGrain>(0);

    [Fact]
    public async Task ListingFiltersBySiteSubtreeAndStageAndPagesInIdOrder()
    {
        var site = $"site-{Guid.NewGuid():N}";
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var twin = await cluster.NewPumpAsync(i < 4 ? LifecycleStage.InService : LifecycleStage.Standby, site: $"{site}/line-{i % 2}");
            ids.Add(twin.GetPrimaryKeyString());
        }

        await cluster.NewPumpAsync(site: $"{site}-sibling");
        ids.Sort(StringComparer.Ordinal);

        var pages = new[] { 1, 2, 3 }.Select(p => Fleet.QueryAssetsAsync(new AssetQuery(Site: site), p, 2)).ToArray();
        await Task.WhenAll(pages);
        var standby = await Fleet.QueryAssetsAsync(new AssetQuery(TestData.PumpClass.Id, site, LifecycleStage.Standby), 1, 10);
        var line1 = await Fleet.QueryAssetsAsync(new AssetQuery(Site: $"{site}/line-1"), 1, 10);

        Assert.All(pages, p => Assert.Equal(5, p.Result.Total));
        Assert.Equal(ids, pages.SelectMany(p => p.Result.Items).Select(e => e.Id));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Result.Items.Length));
        Assert.Equal(1, standby.Total);
        Assert.Equal(2, line1.Total);
    }

    [Fact]
    public async Task SummaryCountsFollowRegistrationsTransitionsAndAlarms()
    {
        var before = await Fleet.SummarizeAsync();
        var twin = await cluster.NewPumpAsync();
        await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Failed, "seal leak", "operator"));
        var afterFailure = await Fleet.SummarizeAsync();

        Assert.Equal(before.TotalAssets + 1, afterFailure.TotalAssets);
        Assert.Equal(before.ByStage.GetValueOrDefault("Failed") + 1, afterFailure.ByStage["Failed"]);
        Assert.Equal(afterFailure.TotalAssets, afterFailure.HealthHistogram.Sum());

        var id = twin.GetPrimaryKeyString();
        await twin.ApplyTelemetryAsync(new Telemetry.TelemetryBatch([TestData.Reading(id, "vibration", 20, 1, cluster.Clock.GetUtcNow())]));
        var withAlarm = await Eventually.GetAsync(Fleet.SummarizeAsync, s => s.CriticalAlarms > afterFailure.CriticalAlarms);
        Assert.Equal(afterFailure.AssetsInAlarm + 1, withAlarm.AssetsInAlarm);
    }

    [Fact]
    public void DirectoryPartitionsAreStableAndCoverEveryId()
    {
        Assert.Equal(DirectoryPartitions.For("pump-00001"), DirectoryPartitions.For("pump-00001"));
        var used = Enumerable.Range(0, 10_000).Select(i => DirectoryPartitions.For($"asset-{i}")).ToHashSet();
        Assert.Equal(DirectoryPartitions.Count, used.Count);
        Assert.All(used, p => Assert.InRange(p, 0, DirectoryPartitions.Count - 1));
    }
}
