namespace Alms.Twins.Integration.Tests.Api;

/// <summary>Waits for an asynchronous effect (telemetry travels through streams) without a fixed sleep.</summary>
internal static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Reads until <paramref name="done"/> holds or the timeout passes; returns the last value read either way.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            value = await read();
        }

        return value;
    }
}
