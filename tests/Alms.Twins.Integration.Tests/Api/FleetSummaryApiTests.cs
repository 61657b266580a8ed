using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class FleetSummaryApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task RegisteringAssetsRaisesTheFleetCounts()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var before = await host.Client.GetFleetSummaryAsync();

        await host.Client.RegisterAssetAsync(ApiTestData.Pump(pumpClass.Id));
        await host.Client.RegisterAssetAsync(ApiTestData.Pump(pumpClass.Id));
        await host.Client.RegisterAssetAsync(ApiTestData.Pump(pumpClass.Id, stage: LifecycleStage.Planned));
        var after = await Poll.UntilAsync(() => host.Client.GetFleetSummaryAsync(), s => s.ByClass.GetValueOrDefault(pumpClass.Id) >= 3);

        Assert.False(before.ByClass.ContainsKey(pumpClass.Id));
        Assert.Equal(3, after.ByClass[pumpClass.Id]);
        Assert.True(after.TotalAssets >= before.TotalAssets + 3);
        Assert.True(after.ByStage[nameof(LifecycleStage.InService)] >= before.ByStage.GetValueOrDefault(nameof(LifecycleStage.InService)) + 2);
        Assert.Equal(after.TotalAssets, after.HealthHistogram.Sum());
        Assert.InRange(after.MeanHealthIndex, 0, 100);
    }

    [Fact]
    public async Task ACriticalReadingShowsInTheFleetAlarmCounts()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var registration = ApiTestData.Pump(pumpClass.Id);
        await host.Client.RegisterAssetAsync(registration);
        var before = await host.Client.GetFleetSummaryAsync();

        await host.Client.IngestTelemetryAsync([ApiTestData.Reading(registration.Id, ApiTestData.Temperature, 150, 1)]);
        var snapshot = await Poll.UntilAsync(() => host.Client.GetAssetAsync(registration.Id), s => !s.ActiveAlarms.IsDefaultOrEmpty);
        var after = await Poll.UntilAsync(() => host.Client.GetFleetSummaryAsync(), s => s.CriticalAlarms > before.CriticalAlarms);

        Assert.Equal(AlarmSeverity.Critical, Assert.Single(snapshot.ActiveAlarms).Severity);
        Assert.True(after.CriticalAlarms > before.CriticalAlarms);
        Assert.True(after.AssetsInAlarm > before.AssetsInAlarm);
    }
}
