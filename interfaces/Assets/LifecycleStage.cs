namespace Alms.Twins.Assets;

/// <summary>Where an asset is in its life. Transitions between stages are guarded by <see cref="LifecycleRules"/>.</summary>
public enum LifecycleStage
{
    Planned = 0,
    Acquired = 1,
    InService = 2,
    UnderMaintenance = 3,
    Standby = 4,
    Failed = 5,
    Decommissioned = 6,
    Disposed = 7,
}
