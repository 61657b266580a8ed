using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Grains;

/// <summary>
/// The persisted checkpoint of a twin. Stored as JSON: property names are the storage contract
/// (rename only with a migration). Bounded in size: the full history lives in the audit log.
/// </summary>
public sealed class AssetTwinState
{
    /// <summary>How many transitions the checkpoint keeps; older ones are in the audit log.</summary>
    public const int TransitionsKept = 50;

    public AssetRegistration? Master { get; set; }

    public LifecycleStage Stage { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public List<LifecycleTransition> Transitions { get; set; } = [];

    public TwinCondition Condition { get; set; } = new();

    public bool IsRegistered => Master is not null;
}
