namespace Alms.Twins.Assets;

/// <summary>Master data of an asset, given when it is registered.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetRegistration")]
public sealed record AssetRegistration(
    [property: Id(0)] string Id,
    [property: Id(1)] string ClassId,
    [property: Id(2)] string SitePath,
    [property: Id(3)] string? ParentAssetId = null,
    [property: Id(4)] string? Manufacturer = null,
    [property: Id(5)] string? Model = null,
    [property: Id(6)] string? SerialNumber = null,
    [property: Id(7)] decimal AcquisitionCost = 0,
    [property: Id(8)] DateTimeOffset? InstallDate = null,
    [property: Id(9)] int Criticality = 3,
    [property: Id(10)] decimal ConsequenceOfFailureCost = 0,
    [property: Id(11)] LifecycleStage InitialStage = LifecycleStage.Planned,
    [property: Id(12)] DegradationParameters? DegradationOverride = null,
    [property: Id(13)] string Actor = "system");

/// <summary>A request to move an asset to another lifecycle stage.</summary>
/// <param name="RequestId">Makes the command idempotent: a repeated request id returns the first outcome.</param>
[GenerateSerializer, Immutable, Alias("alms.TransitionRequest")]
public sealed record TransitionRequest(
    [property: Id(0)] LifecycleStage To,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Actor,
    [property: Id(3)] string? RequestId = null);

/// <summary>An accepted lifecycle transition: who moved the asset, when and why.</summary>
[GenerateSerializer, Immutable, Alias("alms.LifecycleTransition")]
public sealed record LifecycleTransition(
    [property: Id(0)] LifecycleStage From,
    [property: Id(1)] LifecycleStage To,
    [property: Id(2)] string Reason,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? RequestId = null);
