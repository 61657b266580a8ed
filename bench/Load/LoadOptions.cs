namespace Alms.Twins.Bench.Load;

/// <summary>Parameters of one load run, from <c>load --twins N --readings M …</c>.</summary>
public sealed record LoadOptions(int Twins, long Readings, int ReadingsPerAssetPerBatch, int BatchSize, int PostsInFlight, int BaselineCalls, int CheckpointSeconds, int DirectoryRefreshSeconds)
{
    public static LoadOptions Parse(string[] args)
    {
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var options = new LoadOptions(
            Twins: Int("--twins", 100_000),
            Readings: Int("--readings", 2_000_000),
            ReadingsPerAssetPerBatch: Int("--per-asset", 10),
            BatchSize: Int("--batch", 10_000),
            PostsInFlight: Int("--in-flight", 4),
            BaselineCalls: Int("--baseline-calls", 1_000_000),
            CheckpointSeconds: Int("--checkpoint-seconds", 60),
            DirectoryRefreshSeconds: Int("--directory-seconds", 5));
        if (options.Twins < 1 || options.Readings < 1 || options.ReadingsPerAssetPerBatch < 1 || options.BatchSize < options.ReadingsPerAssetPerBatch || options.PostsInFlight < 1 || options.CheckpointSeconds < 1 || options.DirectoryRefreshSeconds < 1)
        {
            throw new ArgumentException("twins, readings, per-asset, in-flight and the intervals must be positive, and batch ≥ per-asset");
        }

        return options;
    }
}
