using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Grains;

/// <summary>Holds one asset class definition. Redefining a class bumps its version; twins pick it up on their next refresh.</summary>
internal sealed partial class AssetClassGrain(
    [PersistentState("class", StorageNames.Catalog)] IPersistentState<AssetClassState> state)
    : Grain, IAssetClassGrain
{
    public async Task<AssetClassResult> DefineAsync(AssetClassDefinition definition, CancellationToken cancellationToken = default)
    {
        if (definition.Id != this.GetPrimaryKeyString())
        {
            return new AssetClassResult(null, CommandError.Invalid("id", $"does not match the addressed class {this.GetPrimaryKeyString()}"));
        }

        if (DefinitionRules.ValidateClass(definition) is { } error)
        {
            return new AssetClassResult(null, error);
        }

        var current = state.State.Definition;
        var created = current is null;
        if (current is not null && SameContent(current, definition))
        {
            return new AssetClassResult(current, null);
        }

        var stored = definition with { Version = (current?.Version ?? 0) + 1 };
        state.State.Definition = stored;
        await state.WriteStateAsync();
        if (created)
        {
            await GrainFactory.GetGrain<IAssetClassCatalogGrain>(0).AddAsync(definition.Id);
        }

        return new AssetClassResult(stored, null, created);
    }

    public Task<AssetClassDefinition?> GetAsync() => Task.FromResult(state.State.Definition);

    private static bool SameContent(AssetClassDefinition current, AssetClassDefinition proposed) =>
        current == proposed with { Version = current.Version };
}

/// <summary>Persisted form of an asset class.</summary>
public sealed class AssetClassState
{
    public AssetClassDefinition? Definition { get; set; }
}
