using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Audit;
using Alms.Twins.Fleet;
using Alms.Twins.Telemetry;

namespace Alms.Twins;

/// <summary>An asset class definition, keyed by class id (e.g. <c>pump.centrifugal</c>).</summary>
[Alias("alms.IAssetClassGrain")]
public interface IAssetClassGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the definition; the version goes up by one each time it changes.</summary>
    [Alias("Define")]
    Task<AssetClassResult> DefineAsync(AssetClassDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>The current definition, or null when the class was never defined.</summary>
    [Alias("Get")]
    Task<AssetClassDefinition?> GetAsync();
}

/// <summary>The list of defined class ids (a single grain: classes are few and change rarely).</summary>
[Alias("alms.IAssetClassCatalogGrain")]
public interface IAssetClassCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Add")]
    Task AddAsync(string classId);

    [Alias("List")]
    Task<ImmutableArray<string>> ListAsync();
}

/// <summary>Outcome of defining a class.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetClassResult")]
public sealed record AssetClassResult(
    [property: Id(0)] AssetClassDefinition? Definition,
    [property: Id(1)] CommandError? Error,
    [property: Id(2)] bool Created = false);

/// <summary>The live twin of one physical asset, keyed by asset id.</summary>
[Alias("alms.IAssetTwinGrain")]
public interface IAssetTwinGrain : IGrainWithStringKey
{
    /// <summary>Registers the asset. Repeating the same registration is a no-op; a different one for a registered id is a conflict.</summary>
    [Alias("Register")]
    Task<AssetCommandResult> RegisterAsync(AssetRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>The twin's current state, or null when no asset of that id is registered.</summary>
    [Alias("GetSnapshot")]
    Task<AssetSnapshot?> GetSnapshotAsync();

    /// <summary>Moves the asset to another lifecycle stage if the lifecycle allows it.</summary>
    [Alias("Transition")]
    Task<AssetCommandResult> TransitionAsync(TransitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Probability that the asset fails within <paramref name="horizonDays"/> (any horizon), or null when not registered.</summary>
    [Alias("GetFailureProbability")]
    Task<FailureProbability?> GetFailureProbabilityAsync(double horizonDays);

    /// <summary>Failure ages and current age, for fitting the class model; null when not registered.</summary>
    [Alias("GetLifeHistory")]
    Task<AssetLifeHistory?> GetLifeHistoryAsync();

    /// <summary>Applies readings directly (the stream subscription calls the same code).</summary>
    [Alias("ApplyTelemetry")]
    Task<ApplyResult> ApplyTelemetryAsync(TelemetryBatch batch);

    /// <summary>The asset's audit trail (registration, transitions), oldest first, at most <paramref name="limit"/> events.</summary>
    [Alias("GetAuditTrail")]
    Task<ImmutableArray<AuditEvent>> GetAuditTrailAsync(int limit);

    /// <summary>Writes the state now if it has changed since the last checkpoint.</summary>
    [Alias("Checkpoint")]
    Task CheckpointAsync();
}

/// <summary>One partition of the asset directory (key 0 … <see cref="DirectoryPartitions.Count"/> - 1).</summary>
[Alias("alms.IAssetDirectoryGrain")]
public interface IAssetDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")]
    Task UpsertAsync(AssetDirectoryEntry entry);

    /// <summary>Entries of the given ids, in the same order; null for an id that is not registered.</summary>
    [Alias("Lookup")]
    Task<ImmutableArray<AssetDirectoryEntry?>> LookupAsync(ImmutableArray<string> assetIds);

    /// <summary>Matching entries ordered by id, at most <paramref name="limit"/> of them, with the total number matching.</summary>
    [Alias("Query")]
    Task<AssetPage> QueryAsync(AssetQuery query, int limit);

    [Alias("Summarize")]
    Task<FleetSummary> SummarizeAsync();
}

/// <summary>
/// Fleet-wide reads over the directory partitions (a stateless worker: each call fans out to the
/// <see cref="DirectoryPartitions.Count"/> partitions, never to the twins). The API calls this.
/// </summary>
[Alias("alms.IFleetQueryGrain")]
public interface IFleetQueryGrain : IGrainWithIntegerKey
{
    /// <summary>One page (1-based) of matching assets ordered by id.</summary>
    [Alias("QueryAssets")]
    Task<AssetPage> QueryAssetsAsync(AssetQuery query, int page, int pageSize);

    [Alias("Summarize")]
    Task<FleetSummary> SummarizeAsync();
}

/// <summary>The ingest path: validates a posted batch, groups it by asset and publishes one stream event per asset.</summary>
[Alias("alms.ITelemetryIngestGrain")]
public interface ITelemetryIngestGrain : IGrainWithIntegerKey
{
    /// <param name="allOrNothing">When true, a batch with any rejected reading is refused whole and nothing is published.</param>
    [Alias("Ingest")]
    Task<IngestResult> IngestAsync(ImmutableArray<TelemetryReading> readings, bool allOrNothing = false, CancellationToken cancellationToken = default);
}
