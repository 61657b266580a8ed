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

    /// <summary>Kijima virtual age (days) right after the last repair; 0 until the first one.</summary>
    public double VirtualAgeAtLastRepairDays { get; set; }

    /// <summary>When the last repair ended (return to service from Failed or UnderMaintenance); null before any.</summary>
    public DateTimeOffset? LastRepairAt { get; set; }

    /// <summary>Age in days since installation at each failure.</summary>
    public List<double> FailureAgesDays { get; set; } = [];

    /// <summary>When the asset left service for good (decommissioned); its age stops there.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsRegistered => Master is not null;
}
