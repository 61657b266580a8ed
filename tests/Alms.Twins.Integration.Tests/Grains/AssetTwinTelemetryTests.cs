using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Integration.Tests.Grains;

[Collection(TwinClusterCollection.Name)]
public sealed class AssetTwinTelemetryTests(TwinClusterFixture cluster)
{
    private DateTimeOffset Now => cluster.Clock.GetUtcNow();

    [Fact]
    public async Task ReadingsApplyInSequenceOrderAndResentOnesAreDropped()
    {
        var twin = await cluster.NewPumpAsync();
        var id = twin.GetPrimaryKeyString();

        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "hours", 2, 2, Now), TestData.Reading(id, "hours", 1, 1, Now)]));
        var resent = await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "hours", 1, 1, Now), TestData.Reading(id, "hours", 5, 3, Now)]));

        Assert.Equal((1, 1), (resent.Applied, resent.Duplicates));
        var snapshot = await twin.GetSnapshotAsync();
        Assert.Equal(8, snapshot!.Counters["hours"]);
        Assert.Equal(3, snapshot.Watermarks["gw-1"]);
        Assert.Equal((3L, 0L, 1L), (snapshot.Telemetry.Applied, snapshot.Telemetry.Rejected, snapshot.Telemetry.Duplicates));
    }

    [Fact]
    public async Task RejectedInputLeavesTheTwinUnchanged()
    {
        var twin = await cluster.NewPumpAsync();
        var id = twin.GetPrimaryKeyString();
        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 3, 1, Now)]));
        var before = await twin.GetSnapshotAsync();

        var result = await twin.ApplyTelemetryAsync(new TelemetryBatch(
        [
            TestData.Reading(id, "vibration", double.NaN, 2, Now),
            TestData.Reading(id, "vibration", double.PositiveInfinity, 3, Now),
            TestData.Reading(id, "pressure", 10, 4, Now),
            TestData.Reading(id, "vibration", 51, 5, Now),
        ]));

        Assert.Equal(["value", "value", "metric", "value"], result.Rejected.Select(r => r.Field));
        var after = await twin.GetSnapshotAsync();
        Assert.Equal(before!.Metrics, after!.Metrics);
        Assert.Equal(before.Watermarks, after.Watermarks);
        Assert.Equal(before.Health, after.Health);
        Assert.Equal(before.Telemetry.Rejected + 4, after.Telemetry.Rejected);
    }

    [Fact]
    public async Task PlannedAssetCannotReport()
    {
        var twin = await cluster.NewPumpAsync(LifecycleStage.Planned);
        var id = twin.GetPrimaryKeyString();

        var result = await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 3, 1, Now)]));

        var rejection = Assert.Single(result.Rejected);
        Assert.Contains("Planned", rejection.Reason, StringComparison.Ordinal);
        Assert.Empty((await twin.GetSnapshotAsync())!.Metrics);
    }

    [Fact]
    public async Task AlarmsRaiseAndClearOnTheClassThresholds()
    {
        var twin = await cluster.NewPumpAsync();
        var id = twin.GetPrimaryKeyString();

        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 12, 1, Now), TestData.Reading(id, "temperature", 90, 2, Now)]));
        var raised = (await twin.GetSnapshotAsync())!.ActiveAlarms.OrderBy(a => a.Metric).ToList();
        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 2, 3, Now), TestData.Reading(id, "temperature", 40, 4, Now)]));

        Assert.Equal([("temperature", AlarmSeverity.Warning), ("vibration", AlarmSeverity.Critical)], raised.Select(a => (a.Metric, a.Severity)));
        Assert.Empty((await twin.GetSnapshotAsync())!.ActiveAlarms);
    }

    [Fact]
    public async Task HealthFallsAsWearRisesAndFailureProbabilityRisesWithAge()
    {
        var twin = await cluster.NewPumpAsync(ageDays: 1000);
        var id = twin.GetPrimaryKeyString();
        var fresh = (await twin.GetSnapshotAsync())!.Health;

        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 6, 1, Now)]));
        var worn = (await twin.GetSnapshotAsync())!.Health;

        Assert.Equal(0.5, worn.Wear, 12);
        Assert.True(worn.HealthIndex < fresh.HealthIndex);
        Assert.True(worn.FailureProbability365Days > fresh.FailureProbability365Days);
        Assert.True(fresh.FailureProbability30Days < fresh.FailureProbability365Days);
        Assert.Equal(1000, fresh.AgeDays, 6);
    }

    [Fact]
    public async Task IngestPublishesPerAssetBatchesThatTwinsApplyThroughTheirStreams()
    {
        var twins = new[] { await cluster.NewPumpAsync(), await cluster.NewPumpAsync(), await cluster.NewPumpAsync() };
        var readings = twins.SelectMany(t => Enumerable.Range(1, 50).Select(seq => TestData.Reading(t.GetPrimaryKeyString(), "hours", 0.5, seq, Now))).ToImmutableArray();

        var result = await cluster.Grains.GetGrain<ITelemetryIngestGrain>(0).IngestAsync(readings);

        Assert.Equal((150, 3), (result.Accepted, result.Assets));
        Assert.Empty(result.Rejected);
        foreach (var twin in twins)
        {
            var snapshot = await Eventually.GetAsync(twin.GetSnapshotAsync, s => s!.Telemetry.Applied == 50);
            Assert.Equal(25, snapshot!.Counters["hours"]);
        }
    }

    [Fact]
    public async Task IngestNamesEachRejectedReadingAndAllOrNothingPublishesNothing()
    {
        var twin = await cluster.NewPumpAsync();
        var planned = await cluster.NewPumpAsync(LifecycleStage.Planned);
        var id = twin.GetPrimaryKeyString();
        ImmutableArray<TelemetryReading> readings =
        [
            TestData.Reading(id, "vibration", 3, 1, Now),
            TestData.Reading(id, "vibration", double.NaN, 2, Now),
            TestData.Reading("no-such-asset", "vibration", 3, 1, Now),
            TestData.Reading(planned.GetPrimaryKeyString(), "vibration", 3, 1, Now),
            TestData.Reading(id, "speed", 3, 3, Now),
        ];
        var ingest = cluster.Grains.GetGrain<ITelemetryIngestGrain>(0);

        var atomic = await ingest.IngestAsync(readings, allOrNothing: true);
        var partial = await ingest.IngestAsync(readings);

        Assert.Equal(0, atomic.Accepted);
        Assert.Equal([(1, "value"), (2, "assetId"), (3, "assetId"), (4, "metric")], partial.Rejected.Select(r => (r.Index, r.Field)));
        Assert.Equal(1, partial.Accepted);
        var snapshot = await Eventually.GetAsync(twin.GetSnapshotAsync, s => s!.Telemetry.Applied == 1);
        Assert.Equal(3, snapshot!.Metrics["vibration"].Value);
    }
}
