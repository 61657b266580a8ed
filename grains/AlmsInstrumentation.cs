using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Alms.Twins.Grains;

/// <summary>The project's own activity source and meter, both named <c>Alms.Twins</c>.</summary>
public sealed class AlmsInstrumentation : IDisposable
{
    public const string Name = "Alms.Twins";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;

    public AlmsInstrumentation(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        ReadingsApplied = _meter.CreateCounter<long>("alms.telemetry.readings.applied", "{reading}", "Readings applied to twins");
        ReadingsRejected = _meter.CreateCounter<long>("alms.telemetry.readings.rejected", "{reading}", "Readings refused at ingest or by a twin");
        DuplicatesDropped = _meter.CreateCounter<long>("alms.telemetry.readings.duplicates", "{reading}", "Readings dropped as already applied");
        TwinsActive = _meter.CreateUpDownCounter<long>("alms.twins.active", "{twin}", "Twin activations in this silo");
        Checkpoints = _meter.CreateCounter<long>("alms.twins.checkpoints", "{write}", "Twin state writes");
    }

    public Counter<long> ReadingsApplied { get; }

    public Counter<long> ReadingsRejected { get; }

    public Counter<long> DuplicatesDropped { get; }

    public UpDownCounter<long> TwinsActive { get; }

    public Counter<long> Checkpoints { get; }

    public void Dispose() => _meter.Dispose();
}
