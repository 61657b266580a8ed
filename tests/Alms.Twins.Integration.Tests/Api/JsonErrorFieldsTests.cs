using System.Text.Json;
using Alms.Twins.Api;
using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>The mapping from serializer errors to field errors, without a host.</summary>
public sealed class JsonErrorFieldsTests
{
    private static readonly JsonSerializerOptions Options = AlmsJson.CreateOptions();

    [Fact]
    public void EveryMissingRequiredPropertyIsNamedUnderItsParent()
    {
        var errors = ErrorsReading<TelemetryPost>("""{"readings":[{"assetId":"a","value":1,"timestamp":"2026-01-01T00:00:00Z"}]}""");

        Assert.Equal(["readings[0].metric", "readings[0].sequence", "readings[0].source"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, reasons => Assert.Equal(["is required"], reasons));
    }

    [Fact]
    public void AWrongTypeSaysWhatTheFieldExpects()
    {
        var errors = ErrorsReading<TelemetryPost>(
            """{"readings":[{"assetId":"a","metric":"m","value":1,"timestamp":"yesterday","source":"s","sequence":1}]}""");

        Assert.Contains("ISO 8601", Assert.Single(errors["readings[0].timestamp"]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEnumNameListsTheNamesAllowed()
    {
        var errors = ErrorsReading<TransitionBody>("""{"to":"Scrapped","reason":"r"}""");

        Assert.Equal($"must be one of {string.Join(", ", Enum.GetNames<LifecycleStage>())}", Assert.Single(errors["to"]));
    }

    [Fact]
    public void ANullForANonNullableFieldIsNamed()
    {
        var errors = ErrorsReading<TransitionBody>("""{"to":"Acquired","reason":null}""");

        Assert.Equal(["must not be null"], errors["reason"]);
    }

    [Fact]
    public void AnErrorAtTheRootNamesTheBody()
    {
        var errors = ErrorsReading<TransitionBody>("[1, 2]");

        Assert.True(errors.ContainsKey(ApiProblems.BodyField));
    }

    [Fact]
    public void WithoutTheBodyTypeTheSerializersOwnReasonIsKept()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TransitionBody>("""{"to":"Acquired","reason":7}""", Options));

        var errors = JsonErrorFields.From(exception);

        Assert.StartsWith("has the wrong type", Assert.Single(errors["reason"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(double), "finite JSON number")]
    [InlineData(typeof(long?), "whole JSON number")]
    [InlineData(typeof(bool), "true or false")]
    [InlineData(typeof(MetricKind), "Gauge, Counter")]
    public void ExpectationsNameTheShapeOfEachType(Type type, string expected)
    {
        Assert.Contains(expected, JsonErrorFields.Expectation(type), StringComparison.Ordinal);
    }

    private static Dictionary<string, string[]> ErrorsReading<T>(string json)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<T>(json, Options));
        return JsonErrorFields.From(exception, typeof(T), Options);
    }
}
