namespace Alms.Twins.Bench.Load;

/// <summary>The baseline: the cheapest possible grain call, measured in the same run as the ingest path.</summary>
[Alias("alms.bench.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<int> PingAsync(int value);
}

internal sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> PingAsync(int value) => Task.FromResult(value + 1);
}
