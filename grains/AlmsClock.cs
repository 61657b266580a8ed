namespace Alms.Twins.Grains;

/// <summary>
/// The clock twins read (ages, timestamps of commands). Wrapped rather than registered as the
/// container's <see cref="TimeProvider"/> because Orleans itself takes that one for its timers and
/// stream agents: tests can fake the twins' time without stopping the runtime's.
/// </summary>
public sealed class AlmsClock(TimeProvider provider)
{
    public static AlmsClock System { get; } = new(TimeProvider.System);

    public DateTimeOffset UtcNow => provider.GetUtcNow();
}
