using System.Collections.Immutable;
using Alms.Twins.Engine.Fleet;
using Alms.Twins.Fleet;
using Orleans.Concurrency;

namespace Alms.Twins.Grains;

/// <summary>Answers fleet reads by merging the directory partitions' answers.</summary>
[StatelessWorker]
internal sealed class FleetQueryGrain(AlmsClock clock) : Grain, IFleetQueryGrain
{
    public async Task<AssetPage> QueryAssetsAsync(AssetQuery query, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        // Each partition returns its first page·pageSize matches in id order: enough to cut any page from the merge.
        var limit = (int)Math.Min(int.MaxValue, (long)page * pageSize);
        var parts = await Task.WhenAll(Partitions().Select(p => p.QueryAsync(query, limit)));
        var items = parts
            .SelectMany(p => p.Items)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToImmutableArray();
        return new AssetPage(parts.Sum(p => p.Total), page, pageSize, items);
    }

    public async Task<FleetSummary> SummarizeAsync()
    {
        var parts = await Task.WhenAll(Partitions().Select(p => p.SummarizeAsync()));
        return FleetSummaries.Merge(parts, clock.UtcNow);
    }

    private IEnumerable<IAssetDirectoryGrain> Partitions() =>
        Enumerable.Range(0, DirectoryPartitions.Count).Select(i => GrainFactory.GetGrain<IAssetDirectoryGrain>(i));
}
