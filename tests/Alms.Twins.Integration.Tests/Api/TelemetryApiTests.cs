using System.Net;
using System.Text;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class TelemetryApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task AcceptedReadingsReachTheTwin()
    {
        var id = await RegisterPumpAsync();

        var result = await host.Client.IngestTelemetryAsync(
        [
            ApiTestData.Reading(id, ApiTestData.Temperature, 61.5, 1),
            ApiTestData.Reading(id, ApiTestData.OperatingHours, 12, 2),
            ApiTestData.Reading(id, ApiTestData.Temperature, 63.0, 3),
        ]);

        Assert.Equal(3, result.Accepted);
        Assert.Empty(result.Rejected);
        Assert.Equal(1, result.Assets);
        var snapshot = await Poll.UntilAsync(() => host.Client.GetAssetAsync(id), s => s.Telemetry.Applied >= 3);
        Assert.Equal(3, snapshot.Telemetry.Applied);
        Assert.Equal(63.0, snapshot.Metrics[ApiTestData.Temperature].Value);
        Assert.Equal(12, snapshot.Counters[ApiTestData.OperatingHours]);
    }

    [Fact]
    public async Task RejectedReadingsAreReportedWithTheirIndexFieldAndReasonWhileTheRestAreAccepted()
    {
        var id = await RegisterPumpAsync();
        var unknown = ApiTestData.UniqueId("missing");

        var result = await host.Client.IngestTelemetryAsync(
        [
            ApiTestData.Reading(id, ApiTestData.Temperature, 50, 1),
            ApiTestData.Reading(id, "pressure", 3, 2),
            ApiTestData.Reading(id, ApiTestData.Temperature, 500, 3),
            ApiTestData.Reading(unknown, ApiTestData.Temperature, 50, 1),
        ]);

        Assert.Equal(1, result.Accepted);
        Assert.Equal([1, 2, 3], result.Rejected.Select(rejection => rejection.Index).Order());
        var byIndex = result.Rejected.ToDictionary(rejection => rejection.Index);
        Assert.Equal("metric", byIndex[1].Field);
        Assert.Equal("value", byIndex[2].Field);
        Assert.Equal((unknown, "assetId"), (byIndex[3].AssetId, byIndex[3].Field));
        Assert.All(result.Rejected, rejection => Assert.False(string.IsNullOrWhiteSpace(rejection.Reason)));
    }

    [Fact]
    public async Task AllOrNothingRefusesTheWholeBatchWithTheRejectionsAndAppliesNothing()
    {
        var id = await RegisterPumpAsync();

        var error = await ProblemAssert.FailsAsync(
            () => host.Client.IngestTelemetryAsync(
                [ApiTestData.Reading(id, ApiTestData.Temperature, 50, 1), ApiTestData.Reading(id, "pressure", 3, 2)],
                allOrNothing: true),
            HttpStatusCode.UnprocessableEntity,
            "readings[1].metric");

        var rejections = error.Problem!.GetExtension<ReadingRejection[]>("rejections");
        var rejection = Assert.Single(rejections!);
        Assert.Equal((1, id, "metric"), (rejection.Index, rejection.AssetId, rejection.Field));

        // A later, valid batch is applied; had the refused one leaked, its first reading would be counted too.
        await host.Client.IngestTelemetryAsync([ApiTestData.Reading(id, ApiTestData.Temperature, 55, 3)], allOrNothing: true);
        var snapshot = await Poll.UntilAsync(() => host.Client.GetAssetAsync(id), s => s.Telemetry.Applied >= 1);
        Assert.Equal(1, snapshot.Telemetry.Applied);
        Assert.Equal(55, snapshot.Metrics[ApiTestData.Temperature].Value);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public async Task NonFiniteValuesSentAsStringsAreRejectedNamingTheReading(double value)
    {
        var id = await RegisterPumpAsync();

        await ProblemAssert.FailsAsync(
            () => host.Client.IngestTelemetryAsync(
                [ApiTestData.Reading(id, ApiTestData.Temperature, 50, 1), ApiTestData.Reading(id, ApiTestData.Temperature, value, 2)]),
            HttpStatusCode.BadRequest,
            "readings[1].value");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public async Task NonFiniteLiteralsAreRejectedNamingTheReading(string literal)
    {
        var json = $$"""
            {"readings":[
              {"assetId":"a","metric":"temperature","value":1,"timestamp":"2026-01-01T00:00:00Z","source":"s","sequence":1},
              {"assetId":"a","metric":"temperature","value":1,"timestamp":"2026-01-01T00:00:00Z","source":"s","sequence":2},
              {"assetId":"a","metric":"temperature","value":{{literal}},"timestamp":"2026-01-01T00:00:00Z","source":"s","sequence":3}
            ]}
            """;

        using var response = await PostAsync(json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "readings[2].value");
        Assert.Contains("finite JSON number", problem.Errors["readings[2].value"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadingWithoutASequenceIsRejectedNamingTheMissingField()
    {
        using var response = await PostAsync(
            """{"readings":[{"assetId":"a","metric":"temperature","value":1,"timestamp":"2026-01-01T00:00:00Z","source":"s"}]}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "readings[0].sequence");
    }

    [Theory]
    [InlineData("""{"readings":[]}""", "readings")]
    [InlineData("""{}""", "readings")]
    [InlineData("""{"readings":null}""", "readings")]
    public async Task ABatchWithoutReadingsIsRejectedNamingReadings(string json, string field)
    {
        using var response = await PostAsync(json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task ABatchAboveTheLimitIsRefusedAsTooLarge()
    {
        var readings = Enumerable.Range(0, 50_001).Select(i => ApiTestData.Reading("a", ApiTestData.Temperature, 1, i));

        await ProblemAssert.FailsAsync(() => host.Client.IngestTelemetryAsync(readings), HttpStatusCode.RequestEntityTooLarge, "readings");
    }

    [Fact]
    public async Task ThousandsOfReadingsForManyAssetsAreIngestedInOneRequest()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var registration = ApiTestData.Pump(pumpClass.Id);
            await host.Client.RegisterAssetAsync(registration);
            ids.Add(registration.Id);
        }

        const int PerAsset = 250;
        var readings = ids.SelectMany(id => Enumerable.Range(1, PerAsset).Select(sequence => ApiTestData.Reading(id, ApiTestData.Temperature, 40 + (sequence % 10), sequence)));

        var result = await host.Client.IngestTelemetryAsync(readings);

        Assert.Equal(ids.Count * PerAsset, result.Accepted);
        Assert.Equal(ids.Count, result.Assets);
        var last = await Poll.UntilAsync(() => host.Client.GetAssetAsync(ids[^1]), s => s.Telemetry.Applied >= PerAsset);
        Assert.Equal(PerAsset, last.Telemetry.Applied);
    }

    private async Task<string> RegisterPumpAsync()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var registration = ApiTestData.Pump(pumpClass.Id);
        await host.Client.RegisterAssetAsync(registration);
        return registration.Id;
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        host.Http.PostAsync("api/telemetry", new StringContent(json, Encoding.UTF8, "application/json"));
}
