using System.Collections.Immutable;

namespace Alms.Twins.Telemetry;

/// <summary>
/// One reading from a source (a sensor gateway, a historian). Sequence numbers are per source and
/// strictly increasing: a twin applies a source's readings in sequence order and drops a sequence it
/// has already seen, so a source can resend safely.
/// </summary>
[GenerateSerializer, Immutable, Alias("alms.TelemetryReading")]
public sealed record TelemetryReading(
    [property: Id(0)] string AssetId,
    [property: Id(1)] string Metric,
    [property: Id(2)] double Value,
    [property: Id(3)] DateTimeOffset Timestamp,
    [property: Id(4)] string Source,
    [property: Id(5)] long Sequence);

/// <summary>Readings for one asset, published as one stream event.</summary>
[GenerateSerializer, Immutable, Alias("alms.TelemetryBatch")]
public sealed record TelemetryBatch(
    [property: Id(0)] ImmutableArray<TelemetryReading> Readings);

/// <summary>Why a reading was refused.</summary>
/// <param name="Index">Position of the reading in the posted batch (-1 when not known).</param>
/// <param name="Field">The field at fault, e.g. <c>value</c> or <c>metric</c>.</param>
[GenerateSerializer, Immutable, Alias("alms.ReadingRejection")]
public sealed record ReadingRejection(
    [property: Id(0)] int Index,
    [property: Id(1)] string AssetId,
    [property: Id(2)] string Field,
    [property: Id(3)] string Reason);

/// <summary>The outcome of an ingest call: how many readings were accepted, and each rejected one with its reason.</summary>
[GenerateSerializer, Immutable, Alias("alms.IngestResult")]
public sealed record IngestResult(
    [property: Id(0)] int Accepted,
    [property: Id(1)] ImmutableArray<ReadingRejection> Rejected,
    [property: Id(2)] int Assets);

/// <summary>The outcome of a twin applying a batch.</summary>
[GenerateSerializer, Immutable, Alias("alms.ApplyResult")]
public sealed record ApplyResult(
    [property: Id(0)] int Applied,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] ImmutableArray<ReadingRejection> Rejected);

/// <summary>Names shared by stream producers and the twins' implicit subscriptions.</summary>
public static class TelemetryStreams
{
    /// <summary>The stream provider every silo and client configures.</summary>
    public const string ProviderName = "telemetry";

    /// <summary>Stream namespace of per-asset telemetry; the stream key is the asset id.</summary>
    public const string Namespace = "alms.telemetry";
}
