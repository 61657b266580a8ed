using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Whether the inputs the model reads (wear gauge, usage counter, covariate gauges) have been reported,
/// and recently enough. A missing input is worse than a stale one.
/// </summary>
public static class DataCoverageEvaluator
{
    public static (DataCoverage Coverage, string? Note) Evaluate(DegradationParameters parameters, TwinCondition condition, DateTimeOffset now)
    {
        var missing = new List<string>();
        var stale = new List<string>();
        var limit = TimeSpan.FromHours(parameters.StaleAfterHours);
        void Check(string metric, DateTimeOffset? lastReported)
        {
            if (lastReported is null)
            {
                missing.Add(metric);
            }
            else if (now - lastReported.Value > limit)
            {
                stale.Add(metric);
            }
        }

        if (parameters.WearMetric is { } wear)
        {
            Check(wear, condition.Metrics.GetValueOrDefault(wear)?.Timestamp);
        }

        if (parameters.UsageCounter is { } usage)
        {
            Check(usage, condition.CountersUpdatedAt.TryGetValue(usage, out var at) ? at : null);
        }

        foreach (var covariate in parameters.Covariates ?? [])
        {
            Check(covariate.Metric, condition.Metrics.GetValueOrDefault(covariate.Metric)?.Timestamp);
        }

        if (missing.Count > 0)
        {
            return (DataCoverage.Missing, $"never reported: {string.Join(", ", missing)}");
        }

        return stale.Count > 0
            ? (DataCoverage.Stale, $"not reported for over {parameters.StaleAfterHours} h: {string.Join(", ", stale)}")
            : (DataCoverage.Complete, null);
    }
}
