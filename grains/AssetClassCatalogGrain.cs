using System.Collections.Immutable;

namespace Alms.Twins.Grains;

/// <summary>The ids of all defined asset classes.</summary>
internal sealed class AssetClassCatalogGrain(
    [PersistentState("classCatalog", StorageNames.Catalog)] IPersistentState<AssetClassCatalogState> state)
    : Grain, IAssetClassCatalogGrain
{
    public async Task AddAsync(string classId)
    {
        if (state.State.ClassIds.Add(classId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<string>> ListAsync() => Task.FromResult(state.State.ClassIds.Order(StringComparer.Ordinal).ToImmutableArray());
}

/// <summary>Persisted form of the class catalogue.</summary>
public sealed class AssetClassCatalogState
{
    public SortedSet<string> ClassIds { get; set; } = new(StringComparer.Ordinal);
}
