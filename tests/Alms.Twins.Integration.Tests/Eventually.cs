namespace Alms.Twins.Integration.Tests;

/// <summary>Polls an asynchronous read until a condition holds, for effects that travel through streams or timers.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"condition not reached within the timeout; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
