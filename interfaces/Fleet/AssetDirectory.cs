using System.Collections.Immutable;
using Alms.Twins.Assets;

namespace Alms.Twins.Fleet;

/// <summary>What the directory keeps per asset: enough to list, filter and summarise without waking the twin.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetDirectoryEntry")]
public sealed record AssetDirectoryEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string ClassId,
    [property: Id(2)] string SitePath,
    [property: Id(3)] LifecycleStage Stage,
    [property: Id(4)] double HealthIndex,
    [property: Id(5)] double FailureProbability365Days,
    [property: Id(6)] int WarningAlarms,
    [property: Id(7)] int CriticalAlarms,
    [property: Id(8)] DateTimeOffset UpdatedAt);

/// <summary>A filter over the directory. A site matches itself and every site below it (<c>plant-a</c> matches <c>plant-a/line-1</c>).</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetQuery")]
public sealed record AssetQuery(
    [property: Id(0)] string? ClassId = null,
    [property: Id(1)] string? Site = null,
    [property: Id(2)] LifecycleStage? Stage = null)
{
    public bool Matches(AssetDirectoryEntry entry) =>
        (ClassId is null || string.Equals(entry.ClassId, ClassId, StringComparison.Ordinal))
        && (Stage is null || entry.Stage == Stage)
        && (Site is null || IsSameOrBelow(entry.SitePath, Site));

    private static bool IsSameOrBelow(string sitePath, string site) =>
        sitePath.StartsWith(site, StringComparison.Ordinal)
        && (sitePath.Length == site.Length || sitePath[site.Length] == '/');
}

/// <summary>One page of assets, ordered by id.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetPage")]
public sealed record AssetPage(
    [property: Id(0)] int Total,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] ImmutableArray<AssetDirectoryEntry> Items);

/// <summary>Fleet counts: by stage and class, a health histogram and the alarms standing.</summary>
/// <param name="HealthHistogram">Ten buckets of health index: [0,10), [10,20) … [90,100].</param>
/// <param name="ExpectedFailures365Days">Sum of every asset's probability of failure within a year.</param>
[GenerateSerializer, Immutable, Alias("alms.FleetSummary")]
public sealed record FleetSummary(
    [property: Id(0)] int TotalAssets,
    [property: Id(1)] ImmutableDictionary<string, int> ByStage,
    [property: Id(2)] ImmutableDictionary<string, int> ByClass,
    [property: Id(3)] ImmutableArray<int> HealthHistogram,
    [property: Id(4)] int AssetsInAlarm,
    [property: Id(5)] int WarningAlarms,
    [property: Id(6)] int CriticalAlarms,
    [property: Id(7)] double MeanHealthIndex,
    [property: Id(8)] double ExpectedFailures365Days,
    [property: Id(9)] DateTimeOffset GeneratedAt);

/// <summary>Where an asset's directory entry lives: a stable hash of its id over a fixed number of partitions.</summary>
public static class DirectoryPartitions
{
    /// <summary>Fixed: changing it moves every entry, so it is part of the storage contract.</summary>
    public const int Count = 32;

    /// <summary>FNV-1a over the id's UTF-16 code units; unlike <see cref="string.GetHashCode()"/> it is the same in every process.</summary>
    public static int For(string assetId)
    {
        uint hash = 2166136261;
        foreach (var c in assetId)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % Count);
    }
}
