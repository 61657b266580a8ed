using Alms.Twins.Telemetry;

namespace Alms.Twins.Integration.Tests.Grains;

[Collection(TwinClusterCollection.Name)]
public sealed class CheckpointTests(TwinClusterFixture cluster)
{
    [Fact]
    public async Task TelemetryAppliedBeforeDeactivationSurvivesReactivation()
    {
        var twin = await cluster.NewPumpAsync();
        var id = twin.GetPrimaryKeyString();
        var now = cluster.Clock.GetUtcNow();
        await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "vibration", 8, 7, now), TestData.Reading(id, "hours", 3, 8, now)]));
        var before = await twin.GetSnapshotAsync();

        await cluster.Cluster.DeactivateAsync(twin);
        var after = await twin.GetSnapshotAsync();

        Assert.Equal(before!.Metrics, after!.Metrics);
        Assert.Equal(before.Counters, after.Counters);
        Assert.Equal(before.Watermarks, after.Watermarks);
        Assert.Equal(before.ActiveAlarms.AsEnumerable(), after.ActiveAlarms.AsEnumerable());
        Assert.Equal(before.Health.Wear, after.Health.Wear);

        // The watermark came back with the state: a resend after reactivation is still a duplicate.
        var resent = await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "hours", 3, 8, now)]));
        Assert.Equal(1, resent.Duplicates);
    }
}
