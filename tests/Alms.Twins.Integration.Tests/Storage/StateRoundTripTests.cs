using System.Text.Json;
using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using Alms.Twins.Fleet;
using Alms.Twins.Grains;
using Alms.Twins.Silo.Storage;

namespace Alms.Twins.Integration.Tests.Storage;

/// <summary>
/// Every persisted state type, fully populated, survives the storage serializer unchanged, under the
/// property names that are its storage contract.
/// </summary>
public sealed class StateRoundTripTests
{
    private static readonly SystemTextJsonGrainStorageSerializer Serializer = new();
    private static readonly DateTimeOffset At = new(2026, 5, 4, 3, 2, 1, TimeSpan.FromHours(2));

    private static T RoundTrip<T>(T state, out string json)
    {
        var payload = Serializer.Serialize(state);
        json = payload.ToString();
        var restored = Serializer.Deserialize<T>(payload);
        Assert.Equal(json, Serializer.Serialize(restored).ToString());
        return restored;
    }

    [Fact]
    public void TwinStateRoundTripsEveryField()
    {
        var degradation = TestData.PumpClass.Degradation with
        {
            ShapeScaleCovariance = new ShapeScaleCovariance(0.1, 2000, 3),
            RestorationFactor = 0.4,
            Covariates = [new CovariateEffect("temperature", 0.01, 60)],
        };
        var state = new AssetTwinState
        {
            Master = TestData.Pump("pump-7", installed: At) with { DegradationOverride = degradation, ParentAssetId = "skid-1" },
            Stage = LifecycleStage.UnderMaintenance,
            RegisteredAt = At,
            Transitions = [new LifecycleTransition(LifecycleStage.InService, LifecycleStage.UnderMaintenance, "overhaul", "planner", At, "wo-1")],
            Condition = new TwinCondition
            {
                Metrics = { ["vibration"] = new MetricValue(7.5, At) },
                Counters = { ["hours"] = 1234.5 },
                CountersUpdatedAt = { ["hours"] = At },
                Watermarks = { ["gw-1"] = 99 },
                Alarms = [new ActiveAlarm("vibration", AlarmSeverity.Warning, 7, 7.5, At)],
                Wear = 0.65,
                ReadingsApplied = 10,
                ReadingsRejected = 2,
                DuplicatesDropped = 1,
                LastAppliedAt = At,
            },
            VirtualAgeAtLastRepairDays = 321.5,
            LastRepairAt = At,
            FailureAgesDays = [100.25, 700],
            EndedAt = At,
        };

        var restored = RoundTrip(state, out var json);

        Assert.Equal(state.Master, restored.Master);
        Assert.Equal(state.Transitions, restored.Transitions);
        Assert.Equal(state.Condition.Metrics, restored.Condition.Metrics);
        Assert.Equal(state.Condition.Alarms, restored.Condition.Alarms);
        Assert.Equal(state.Condition.Watermarks, restored.Condition.Watermarks);
        Assert.Equal(state.FailureAgesDays, restored.FailureAgesDays);
        Assert.Equal("UnderMaintenance", JsonDocument.Parse(json).RootElement.GetProperty("stage").GetString());
        Assert.Equal(99, JsonDocument.Parse(json).RootElement.GetProperty("condition").GetProperty("watermarks").GetProperty("gw-1").GetInt64());
    }

    [Fact]
    public void ClassStateRoundTrips()
    {
        var state = new AssetClassState { Definition = TestData.PumpClass with { Version = 3 } };

        var restored = RoundTrip(state, out var json);

        Assert.Equal(state.Definition, restored.Definition);
        Assert.Equal("Counter", JsonDocument.Parse(json).RootElement.GetProperty("definition").GetProperty("metrics")[2].GetProperty("kind").GetString());
    }

    [Fact]
    public void CatalogStateRoundTripsInOrder()
    {
        var state = new AssetClassCatalogState { ClassIds = new SortedSet<string>(["truck.haul", "pump.centrifugal", "conveyor.belt"], StringComparer.Ordinal) };

        var restored = RoundTrip(state, out _);

        Assert.Equal(["conveyor.belt", "pump.centrifugal", "truck.haul"], restored.ClassIds);
    }

    [Fact]
    public void DirectoryStateRoundTrips()
    {
        var entry = new AssetDirectoryEntry("pump-7", "pump.it", "plant-a/line-1", LifecycleStage.Failed, 42.5, 0.3, 1, 2, At);
        var state = new AssetDirectoryState { Entries = { [entry.Id] = entry } };

        var restored = RoundTrip(state, out _);

        Assert.Equal(entry, restored.Entries["pump-7"]);
    }
}
