using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Integration.Tests.Grains;

[Collection(TwinClusterCollection.Name)]
public sealed class AssetTwinReliabilityTests(TwinClusterFixture cluster)
{
    [Fact]
    public async Task SnapshotCarriesRemainingLifeFromTheClassModelAndFlagsMissingInputs()
    {
        var twin = await cluster.NewPumpAsync(ageDays: 1000);

        var health = (await twin.GetSnapshotAsync())!.Health;

        var life = health.RemainingLife!;
        Assert.True(life.P10Days < life.P50Days && life.P50Days < life.P90Days);
        Assert.Equal(DataCoverage.Missing, health.Coverage);
        Assert.Contains("vibration", health.CoverageNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreshInputsMakeCoverageCompleteAndTheyGoStaleAsTimePasses()
    {
        var twin = await cluster.NewPumpAsync();
        var id = twin.GetPrimaryKeyString();
        var now = cluster.Clock.GetUtcNow();
        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 2, 1, now), TestData.Reading(id, "hours", 1, 2, now)]));

        var fresh = await twin.GetFailureProbabilityAsync(90);
        // The shared clock only moves forward; other tests measure from its current value.
        cluster.Clock.Advance(TimeSpan.FromHours(25));
        var stale = await twin.GetFailureProbabilityAsync(90);

        Assert.Equal(DataCoverage.Complete, fresh!.Coverage);
        Assert.Equal(DataCoverage.Stale, stale!.Coverage);
        Assert.True(stale.Probability > fresh.Probability);
    }

    [Fact]
    public async Task FailureProbabilityIsAvailableForAnyHorizonAndGrowsWithIt()
    {
        var twin = await cluster.NewPumpAsync(ageDays: 2000);

        var week = await twin.GetFailureProbabilityAsync(7);
        var decade = await twin.GetFailureProbabilityAsync(3650);
        var year = await twin.GetFailureProbabilityAsync(365);

        Assert.True(week!.Probability < year!.Probability && year.Probability < decade!.Probability);
        Assert.Equal(year.Probability, (await twin.GetSnapshotAsync())!.Health.FailureProbability365Days, 12);
    }

    [Fact]
    public async Task FailuresAreRecordedAsLifeHistoryAndARenewingRepairResetsTheHazardAge()
    {
        var id = TestData.NewId("pump");
        var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(id);
        var renewing = TestData.PumpClass.Degradation with { RestorationFactor = 0 };
        await twin.RegisterAsync(TestData.Pump(id, installed: cluster.Clock.GetUtcNow().AddDays(-500)) with { DegradationOverride = renewing });

        await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Failed, "bearing seized", "operator"));
        await twin.TransitionAsync(new TransitionRequest(LifecycleStage.InService, "bearing replaced", "fitter"));
        var history = await twin.GetLifeHistoryAsync();
        var snapshot = await twin.GetSnapshotAsync();

        Assert.Equal([500.0], history!.FailureAgesDays.Select(d => Math.Round(d, 6)));
        Assert.Equal(500, history.AgeDays, 6);
        Assert.Equal(0, snapshot!.Health.AgeDays, 6);
    }

    [Fact]
    public async Task ConditionStateFollowsWearAndItsMarkovModelGivesTheExpectedTimeToTheWorstState()
    {
        // Three states over wear; yearly transitions: 1 → 2 with 0.5, 2 → 3 with 0.25. From state 2: 1/0.25 = 4 years.
        var states = new ConditionStateModel([0.3, 0.7], [0.5, 0.5, 0, 0, 0.75, 0.25, 0, 0, 1]);
        var id = TestData.NewId("cond");
        var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(id);
        await twin.RegisterAsync(TestData.Pump(id) with { DegradationOverride = TestData.PumpClass.Degradation with { ConditionStates = states } });

        var fresh = (await twin.GetSnapshotAsync())!.Health;
        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 6, 1, cluster.Clock.GetUtcNow())]));
        var worn = (await twin.GetSnapshotAsync())!.Health;

        Assert.Equal((1, 6.0), (fresh.ConditionState, fresh.ExpectedYearsToWorstCondition!.Value));
        Assert.Equal(2, worn.ConditionState);
        Assert.Equal(4, worn.ExpectedYearsToWorstCondition!.Value, 9);
    }

    [Fact]
    public async Task ABadConditionModelIsRefusedAtRegistration()
    {
        var id = TestData.NewId("cond");
        var bad = TestData.PumpClass.Degradation with { ConditionStates = new ConditionStateModel([0.3, 0.7], [1, 0, 0, 1]) };

        var result = await cluster.Grains.GetGrain<IAssetTwinGrain>(id).RegisterAsync(TestData.Pump(id) with { DegradationOverride = bad });

        Assert.Equal("degradationOverride.conditionStates.transitionsPerYear", result.Error?.Field);
    }
}
