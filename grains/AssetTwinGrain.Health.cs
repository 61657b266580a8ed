using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Grains;

/// <summary>The twin's derived views: snapshot, health with remaining life, and its life record.</summary>
internal sealed partial class AssetTwinGrain
{
    private DateTimeOffset InstalledAt => Twin.Master!.InstallDate ?? Twin.RegisteredAt;

    private AssetSnapshot Snapshot()
    {
        var condition = Twin.Condition;
        var parameters = Parameters(_class);
        var inputs = Inputs(parameters);
        var cheap = Assess(parameters, inputs);
        var health = cheap with
        {
            RemainingLife = RemainingLifeCalculator.Estimate(HealthModel, parameters, inputs),
            ExpectedYearsToWorstCondition = parameters.ConditionStates is { } states && cheap.ConditionState is { } state
                ? ConditionStates.ExpectedYearsToWorst(states, state)
                : null,
        };
        return new AssetSnapshot(
            Master: Twin.Master!,
            Stage: Twin.Stage,
            RegisteredAt: Twin.RegisteredAt,
            Metrics: condition.Metrics.ToImmutableDictionary(StringComparer.Ordinal),
            Counters: condition.Counters.ToImmutableDictionary(StringComparer.Ordinal),
            ActiveAlarms: [.. condition.Alarms],
            Health: health,
            Watermarks: condition.Watermarks.ToImmutableDictionary(StringComparer.Ordinal),
            Telemetry: new TelemetryCounts(condition.ReadingsApplied, condition.ReadingsRejected, condition.DuplicatesDropped, condition.LastAppliedAt),
            RecentTransitions: [.. Twin.Transitions],
            Degradation: parameters);
    }

    /// <summary>The cheap assessment (no remaining-life distribution), for the directory.</summary>
    private HealthAssessment Assess(DegradationParameters parameters, HealthInputs inputs)
    {
        var (coverage, note) = DataCoverageEvaluator.Evaluate(parameters, Twin.Condition, clock.UtcNow);
        return HealthModel.Assess(parameters, inputs, clock.UtcNow) with
        {
            Coverage = coverage,
            CoverageNote = note,
            ConditionState = parameters.ConditionStates is { } states ? ConditionStates.StateOf(states, inputs.Wear) : null,
        };
    }

    /// <summary>
    /// The model's inputs now. Age is the Kijima virtual age: calendar age until the first repair, then the
    /// virtual age after the last repair plus the time since. Usage rate is the lifetime average.
    /// </summary>
    private HealthInputs Inputs(DegradationParameters parameters)
    {
        var now = Twin.EndedAt ?? clock.UtcNow;
        var age = Twin.LastRepairAt is { } repaired
            ? Twin.VirtualAgeAtLastRepairDays + DaysSince(repaired, now)
            : DaysSince(InstalledAt, now);
        var calendarAge = DaysSince(InstalledAt, now);
        var usage = parameters.UsageCounter is { } counter ? Twin.Condition.Counters.GetValueOrDefault(counter) : 0;
        var covariates = (parameters.Covariates ?? [])
            .Where(c => Twin.Condition.Metrics.ContainsKey(c.Metric))
            .ToDictionary(c => c.Metric, c => Twin.Condition.Metrics[c.Metric].Value, StringComparer.Ordinal);
        return new HealthInputs(age, usage, calendarAge > 0 ? usage / calendarAge : 0, Twin.Condition.Wear, covariates);
    }

    /// <summary>Keeps the life record and virtual age in step with the lifecycle.</summary>
    private void RecordLifeEvent(LifecycleStage from, LifecycleStage to, DateTimeOffset at)
    {
        if (to == LifecycleStage.Failed)
        {
            Twin.FailureAgesDays.Add(DaysSince(InstalledAt, at));
        }

        if (to == LifecycleStage.InService && from is LifecycleStage.Failed or LifecycleStage.UnderMaintenance)
        {
            var previousRepair = Twin.LastRepairAt ?? InstalledAt;
            Twin.VirtualAgeAtLastRepairDays = VirtualAge.AfterRepair(
                Twin.VirtualAgeAtLastRepairDays, DaysSince(previousRepair, at), Parameters(_class).RestorationFactor);
            Twin.LastRepairAt = at;
        }

        if (to == LifecycleStage.Decommissioned)
        {
            Twin.EndedAt = at;
        }
    }

    private DegradationParameters Parameters(AssetClassDefinition? definition) =>
        Twin.Master?.DegradationOverride ?? definition?.Degradation ?? throw new InvalidOperationException($"class of {AssetId} is not loaded");

    private static double DaysSince(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (to - from).TotalDays);
}
