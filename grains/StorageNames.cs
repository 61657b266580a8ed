namespace Alms.Twins.Grains;

/// <summary>Grain storage provider names. Each host maps them to memory or PostgreSQL storage.</summary>
public static class StorageNames
{
    /// <summary>Asset twin checkpoints.</summary>
    public const string Twins = "twins";

    /// <summary>Asset classes, the class catalogue and the asset directory partitions.</summary>
    public const string Catalog = "catalog";

    /// <summary>Orleans' stream pub-sub state; required by stream providers even with implicit subscriptions only.</summary>
    public const string PubSub = "PubSubStore";

    public static readonly IReadOnlyList<string> All = [Twins, Catalog, PubSub];
}
