using System.Text.RegularExpressions;
using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Validation of asset classes and registrations. Each rule returns the first error with the JSON path of
/// the field at fault, so the API can answer with a ProblemDetails that points at it.
/// </summary>
public static partial class DefinitionRules
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
    private static partial Regex IdentifierPattern();

    public static bool IsIdentifier(string? value) => value is not null && IdentifierPattern().IsMatch(value);

    public static CommandError? ValidateClass(AssetClassDefinition definition)
    {
        if (!IsIdentifier(definition.Id))
        {
            return CommandError.Invalid("id", "must be 1–128 letters, digits or . _ : - (e.g. pump.centrifugal)");
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            return CommandError.Invalid("name", "is required");
        }

        if (definition.Metrics.IsDefaultOrEmpty)
        {
            return CommandError.Invalid("metrics", "a class needs at least one metric");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Metrics.Length; i++)
        {
            var error = ValidateMetric(definition.Metrics[i], $"metrics[{i}]");
            if (error is not null)
            {
                return error;
            }

            if (!names.Add(definition.Metrics[i].Name))
            {
                return CommandError.Invalid($"metrics[{i}].name", $"metric '{definition.Metrics[i].Name}' is defined twice");
            }
        }

        return ValidateDegradation(definition, definition.Degradation, "degradation") ?? ValidateCosts(definition.Costs);
    }

    public static CommandError? ValidateDegradation(AssetClassDefinition definition, DegradationParameters? parameters, string path)
    {
        if (parameters is null)
        {
            return CommandError.Invalid(path, "is required");
        }

        if (!IsPositive(parameters.WeibullShape))
        {
            return CommandError.Invalid($"{path}.weibullShape", "must be a positive number");
        }

        if (!IsPositive(parameters.AgeScaleDays))
        {
            return CommandError.Invalid($"{path}.ageScaleDays", "must be a positive number of days");
        }

        if (parameters.UsageCounter is not null)
        {
            if (definition.FindMetric(parameters.UsageCounter) is not { Kind: MetricKind.Counter })
            {
                return CommandError.Invalid($"{path}.usageCounter", $"'{parameters.UsageCounter}' is not a counter metric of the class");
            }

            if (parameters.UsageScale is not { } scale || !IsPositive(scale))
            {
                return CommandError.Invalid($"{path}.usageScale", "must be a positive number when a usage counter is set");
            }
        }

        if (parameters.WearMetric is not null && definition.FindMetric(parameters.WearMetric) is not { Kind: MetricKind.Gauge })
        {
            return CommandError.Invalid($"{path}.wearMetric", $"'{parameters.WearMetric}' is not a gauge metric of the class");
        }

        if (!double.IsFinite(parameters.WearBaseline) || !double.IsFinite(parameters.WearFailureLevel) || parameters.WearBaseline == parameters.WearFailureLevel)
        {
            return CommandError.Invalid($"{path}.wearFailureLevel", "baseline and failure level must be finite and different");
        }

        if (!double.IsFinite(parameters.WearHazardCoefficient))
        {
            return CommandError.Invalid($"{path}.wearHazardCoefficient", "must be a finite number");
        }

        if (parameters.WearSmoothing is not (> 0 and <= 1))
        {
            return CommandError.Invalid($"{path}.wearSmoothing", "must be in (0, 1]");
        }

        if (parameters.RestorationFactor is { } q && q is not (>= 0 and <= 1))
        {
            return CommandError.Invalid($"{path}.restorationFactor", "must be in [0, 1] (0 as good as new, 1 as bad as old)");
        }

        if (!IsPositive(parameters.StaleAfterHours))
        {
            return CommandError.Invalid($"{path}.staleAfterHours", "must be a positive number of hours");
        }

        return ValidateCovariance(parameters.ShapeScaleCovariance, $"{path}.shapeScaleCovariance")
            ?? ValidateCovariates(definition, parameters.Covariates ?? [], $"{path}.covariates")
            ?? (parameters.ConditionStates is { } states ? ConditionStates.Validate(states, $"{path}.conditionStates") : null);
    }

    private static CommandError? ValidateCovariance(ShapeScaleCovariance? covariance, string path)
    {
        if (covariance is null)
        {
            return null;
        }

        // A covariance matrix is positive definite: positive variances and |ρ| < 1.
        var valid = IsPositive(covariance.VarShape) && IsPositive(covariance.VarScale) && double.IsFinite(covariance.Covariance)
            && covariance.Covariance * covariance.Covariance < covariance.VarShape * covariance.VarScale;
        return valid ? null : CommandError.Invalid(path, "must be a positive-definite covariance: positive variances and |covariance| < √(varShape·varScale)");
    }

    private static CommandError? ValidateCovariates(AssetClassDefinition definition, IReadOnlyList<CovariateEffect> covariates, string path)
    {
        for (var i = 0; i < covariates.Count; i++)
        {
            var covariate = covariates[i];
            if (definition.FindMetric(covariate.Metric ?? string.Empty) is not { Kind: MetricKind.Gauge })
            {
                return CommandError.Invalid($"{path}[{i}].metric", $"'{covariate.Metric}' is not a gauge metric of the class");
            }

            if (!double.IsFinite(covariate.Coefficient) || !double.IsFinite(covariate.Reference))
            {
                return CommandError.Invalid($"{path}[{i}].coefficient", "coefficient and reference must be finite numbers");
            }
        }

        return null;
    }

    public static CommandError? ValidateRegistration(AssetRegistration registration)
    {
        if (!IsIdentifier(registration.Id))
        {
            return CommandError.Invalid("id", "must be 1–128 letters, digits or . _ : -");
        }

        if (string.IsNullOrWhiteSpace(registration.ClassId))
        {
            return CommandError.Invalid("classId", "is required");
        }

        if (string.IsNullOrWhiteSpace(registration.SitePath)
            || registration.SitePath.Split('/').Any(string.IsNullOrWhiteSpace))
        {
            return CommandError.Invalid("sitePath", "must be a non-empty path of '/'-separated names, e.g. plant-a/line-1");
        }

        if (registration.ParentAssetId is not null && (registration.ParentAssetId == registration.Id || !IsIdentifier(registration.ParentAssetId)))
        {
            return CommandError.Invalid("parentAssetId", "must be another asset's id");
        }

        if (registration.AcquisitionCost < 0)
        {
            return CommandError.Invalid("acquisitionCost", "must not be negative");
        }

        if (registration.ConsequenceOfFailureCost < 0)
        {
            return CommandError.Invalid("consequenceOfFailureCost", "must not be negative");
        }

        if (registration.Criticality is < 1 or > 5)
        {
            return CommandError.Invalid("criticality", "must be between 1 (low) and 5 (high)");
        }

        if (string.IsNullOrWhiteSpace(registration.Actor))
        {
            return CommandError.Invalid("actor", "is required");
        }

        return LifecycleRules.CanRegisterIn(registration.InitialStage)
            ? null
            : CommandError.Invalid("initialStage", $"an asset is registered as Planned, Acquired, InService or Standby, not {registration.InitialStage}");
    }

    private static CommandError? ValidateMetric(MetricDefinition metric, string path)
    {
        if (string.IsNullOrWhiteSpace(metric.Name) || !IsIdentifier(metric.Name))
        {
            return CommandError.Invalid($"{path}.name", "must be 1–128 letters, digits or . _ : -");
        }

        if (string.IsNullOrWhiteSpace(metric.Unit))
        {
            return CommandError.Invalid($"{path}.unit", "is required");
        }

        if (!double.IsFinite(metric.Min) || !double.IsFinite(metric.Max) || metric.Min >= metric.Max)
        {
            return CommandError.Invalid($"{path}.max", "min and max must be finite with min < max");
        }

        if (metric.Kind == MetricKind.Counter && metric.Min < 0)
        {
            return CommandError.Invalid($"{path}.min", "a counter accumulates increments, which cannot be negative");
        }

        return metric.Alarms is null ? null : ValidateAlarms(metric.Alarms, $"{path}.alarms");
    }

    private static CommandError? ValidateAlarms(AlarmThresholds alarms, string path)
    {
        double?[] limits = [alarms.WarningHigh, alarms.CriticalHigh, alarms.WarningLow, alarms.CriticalLow];
        if (limits.Any(l => l is { } v && !double.IsFinite(v)) || !double.IsFinite(alarms.Deadband) || alarms.Deadband < 0)
        {
            return CommandError.Invalid(path, "thresholds must be finite and the deadband non-negative");
        }

        if (alarms is { WarningHigh: { } wh, CriticalHigh: { } ch } && wh > ch)
        {
            return CommandError.Invalid($"{path}.warningHigh", "must not exceed criticalHigh");
        }

        return alarms is { WarningLow: { } wl, CriticalLow: { } cl } && wl < cl
            ? CommandError.Invalid($"{path}.warningLow", "must not be below criticalLow")
            : null;
    }

    private static CommandError? ValidateCosts(CostDefaults? costs)
    {
        if (costs is null)
        {
            return CommandError.Invalid("costs", "is required");
        }

        return costs.ReplacementCost < 0 || costs.PreventiveRepairCost < 0 || costs.CorrectiveRepairCost < 0 || costs.DowntimeCostPerHour < 0
            ? CommandError.Invalid("costs", "costs must not be negative")
            : null;
    }

    private static bool IsPositive(double value) => double.IsFinite(value) && value > 0;
}
