using System.Collections.Frozen;

namespace Alms.Twins.Assets;

/// <summary>
/// The lifecycle's guard: which stage may follow which, and which stages can report telemetry.
/// Plain rules, shared by the twin (which enforces them) and the API (which documents them).
/// </summary>
public static class LifecycleRules
{
    private static readonly FrozenDictionary<LifecycleStage, LifecycleStage[]> Allowed =
        new Dictionary<LifecycleStage, LifecycleStage[]>
        {
            [LifecycleStage.Planned] = [LifecycleStage.Acquired],
            [LifecycleStage.Acquired] = [LifecycleStage.InService, LifecycleStage.Decommissioned],
            [LifecycleStage.InService] = [LifecycleStage.UnderMaintenance, LifecycleStage.Standby, LifecycleStage.Failed, LifecycleStage.Decommissioned],
            [LifecycleStage.UnderMaintenance] = [LifecycleStage.InService, LifecycleStage.Standby, LifecycleStage.Failed, LifecycleStage.Decommissioned],
            [LifecycleStage.Standby] = [LifecycleStage.InService, LifecycleStage.UnderMaintenance, LifecycleStage.Failed, LifecycleStage.Decommissioned],
            [LifecycleStage.Failed] = [LifecycleStage.InService, LifecycleStage.UnderMaintenance, LifecycleStage.Decommissioned],
            [LifecycleStage.Decommissioned] = [LifecycleStage.Disposed],
            [LifecycleStage.Disposed] = [],
        }.ToFrozenDictionary();

    /// <summary>The stages a twin may move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<LifecycleStage> NextStages(LifecycleStage from) => Allowed[from];

    /// <summary>Whether <paramref name="from"/> → <paramref name="to"/> is a legal transition.</summary>
    public static bool CanTransition(LifecycleStage from, LifecycleStage to) => Array.IndexOf(Allowed[from], to) >= 0;

    /// <summary>Planned, acquired and disposed assets have no sensors reporting for them.</summary>
    public static bool CanReport(LifecycleStage stage) =>
        stage is not (LifecycleStage.Planned or LifecycleStage.Acquired or LifecycleStage.Disposed);

    /// <summary>The stages an asset may be registered in: new, or already installed (brownfield).</summary>
    public static bool CanRegisterIn(LifecycleStage stage) =>
        stage is LifecycleStage.Planned or LifecycleStage.Acquired or LifecycleStage.InService or LifecycleStage.Standby;
}
