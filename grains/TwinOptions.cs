namespace Alms.Twins.Grains;

/// <summary>How twins trade durability against write load (bound from <c>Alms:Twins</c>).</summary>
public sealed class TwinOptions
{
    public const string Section = "Alms:Twins";

    /// <summary>
    /// Longest time a changed twin waits before its state is written. Telemetry never writes per reading:
    /// a twin writes at most once per interval, and on deactivation.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest time a change in health or alarms waits before it reaches the directory and fleet summary.</summary>
    public TimeSpan DirectoryRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a twin trusts its cached class definition before it reads it again.</summary>
    public TimeSpan ClassRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
