using System.Collections.Immutable;
using Alms.Twins.Engine.Fleet;
using Alms.Twins.Fleet;
using Microsoft.Extensions.Options;

namespace Alms.Twins.Grains;

/// <summary>
/// One partition of the asset directory: the entries twins publish about themselves, so that listing,
/// filtering and summarising never wake a twin. Writes are coalesced like a twin's.
/// </summary>
internal sealed class AssetDirectoryGrain(
    [PersistentState("directory", StorageNames.Catalog)] IPersistentState<AssetDirectoryState> state,
    IOptions<TwinOptions> options,
    AlmsClock clock)
    : Grain, IAssetDirectoryGrain
{
    private IGrainTimer? _checkpointTimer;

    private Dictionary<string, AssetDirectoryEntry> Entries => state.State.Entries;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_checkpointTimer is not null)
        {
            await CheckpointAsync();
        }
    }

    public Task UpsertAsync(AssetDirectoryEntry entry)
    {
        Entries[entry.Id] = entry;
        _checkpointTimer ??= this.RegisterGrainTimer(
            static (grain, _) => grain.CheckpointAsync(),
            this,
            new GrainTimerCreationOptions(options.Value.CheckpointInterval, Timeout.InfiniteTimeSpan) { Interleave = false });
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<AssetDirectoryEntry?>> LookupAsync(ImmutableArray<string> assetIds) =>
        Task.FromResult(assetIds.Select(id => Entries.GetValueOrDefault(id)).ToImmutableArray());

    public Task<AssetPage> QueryAsync(AssetQuery query, int limit)
    {
        var matching = Entries.Values.Where(query.Matches).ToList();
        var items = matching.OrderBy(e => e.Id, StringComparer.Ordinal).Take(Math.Max(0, limit)).ToImmutableArray();
        return Task.FromResult(new AssetPage(matching.Count, 1, limit, items));
    }

    public Task<FleetSummary> SummarizeAsync() => Task.FromResult(FleetSummaries.Of(Entries.Values, clock.UtcNow));

    private async Task CheckpointAsync()
    {
        _checkpointTimer?.Dispose();
        _checkpointTimer = null;
        await state.WriteStateAsync();
    }
}

/// <summary>Persisted form of a directory partition.</summary>
public sealed class AssetDirectoryState
{
    public Dictionary<string, AssetDirectoryEntry> Entries { get; set; } = new(StringComparer.Ordinal);
}
