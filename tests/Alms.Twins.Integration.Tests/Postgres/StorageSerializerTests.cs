using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alms.Twins.Silo.Storage;

namespace Alms.Twins.Integration.Tests.Postgres;

public sealed class StorageSerializerTests
{
    private readonly SystemTextJsonGrainStorageSerializer _serializer = new();

    public enum Condition
    {
        Good,
        Degraded,
        Failed,
    }

    public sealed record Reading(DateTimeOffset At, double Value, Condition Condition);

    public sealed class TwinLikeState
    {
        public string AssetId { get; set; } = "";
        public Condition CurrentCondition { get; set; }
        public double MeanTimeToFailure { get; set; }
        public List<Reading> RecentReadings { get; set; } = [];
        public Dictionary<string, int> CountsByAssetId { get; set; } = [];
        public ImmutableArray<string> Tags { get; set; } = [];
        public string? Note { get; set; }
    }

    [Fact]
    public void ClassRoundTripsWithCamelCaseNamesAndEnumNames()
    {
        var at = new DateTimeOffset(2026, 3, 1, 12, 30, 15, TimeSpan.FromHours(2));
        var state = new TwinLikeState
        {
            AssetId = "PUMP-7",
            CurrentCondition = Condition.Degraded,
            MeanTimeToFailure = double.PositiveInfinity,
            RecentReadings = [new Reading(at, 4.25, Condition.Good), new Reading(at.AddMinutes(5), 9.5, Condition.Failed)],
            CountsByAssetId = new() { ["PUMP-7"] = 3, ["Valve-2"] = 1 },
            Tags = ["north", "critical"],
        };

        var payload = _serializer.Serialize(state);
        var json = JsonNode.Parse(payload.ToString())!.AsObject();
        var restored = _serializer.Deserialize<TwinLikeState>(payload);

        Assert.Equal(
            ["assetId", "currentCondition", "meanTimeToFailure", "recentReadings", "countsByAssetId", "tags", "note"],
            json.Select(property => property.Key));
        Assert.Equal("Degraded", json["currentCondition"]!.GetValue<string>());
        Assert.Equal("Failed", json["recentReadings"]![1]!["condition"]!.GetValue<string>());
        Assert.Equal("Infinity", json["meanTimeToFailure"]!.GetValue<string>());
        Assert.Equal(["PUMP-7", "Valve-2"], json["countsByAssetId"]!.AsObject().Select(p => p.Key));

        Assert.Equal(state.AssetId, restored.AssetId);
        Assert.Equal(state.CurrentCondition, restored.CurrentCondition);
        Assert.Equal(state.MeanTimeToFailure, restored.MeanTimeToFailure);
        Assert.Equal(state.RecentReadings, restored.RecentReadings);
        Assert.Equal(state.CountsByAssetId, restored.CountsByAssetId);
        Assert.Equal(state.Tags.AsEnumerable(), restored.Tags.AsEnumerable());
        Assert.Null(restored.Note);
    }

    [Fact]
    public void PayloadCarriesNoTypeNamesSoAnotherTypeWithTheSameShapeReadsIt()
    {
        var payload = _serializer.Serialize(new Reading(DateTimeOffset.UnixEpoch, 1.5, Condition.Good));

        var text = payload.ToString();
        var asClass = _serializer.Deserialize<RenamedReading>(payload);

        Assert.DoesNotContain("$type", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Reading), text, StringComparison.Ordinal);
        Assert.Equal(1.5, asClass.Value);
        Assert.Equal(Condition.Good, asClass.Condition);
    }

    [Fact]
    public void EnumsStoredAsNumbersAreRejected()
    {
        var payload = new BinaryData(Encoding.UTF8.GetBytes("""{"at":"1970-01-01T00:00:00+00:00","value":1,"condition":2}"""));

        Assert.Throws<JsonException>(() => _serializer.Deserialize<Reading>(payload));
    }

    [Fact]
    public void StoredNullReadsAsNull()
    {
        var payload = _serializer.Serialize<TwinLikeState?>(null);

        Assert.Equal("null", payload.ToString());
        Assert.Null(_serializer.Deserialize<TwinLikeState?>(payload));
    }

    public sealed class RenamedReading
    {
        public double Value { get; set; }
        public Condition Condition { get; set; }
    }
}
