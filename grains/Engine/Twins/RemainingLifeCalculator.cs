using Alms.Twins.Assets;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;
using MathNet.Numerics.Statistics;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Remaining useful life from a health model's conditional survival S(x): percentiles solve S(x) = 1 − p,
/// the mean is ∫₀^∞ S(x) dx. When the class parameters carry a covariance, the shape and age scale are
/// drawn from their asymptotic normal distribution on the log scale (which keeps them positive) and
/// each statistic's confidence interval is read off the draws. Draws use a fixed seed: the same inputs
/// always give the same bounds.
/// </summary>
public static class RemainingLifeCalculator
{
    public const double DefaultConfidence = 0.90;
    private const int Draws = 200;
    private const int Seed = 7_352_131;

    /// <summary>Beyond this survival the tail's contribution to the mean is negligible.</summary>
    private const double TailSurvival = 1e-10;

    public static RemainingLifeEstimate Estimate(IHealthModel model, DegradationParameters parameters, HealthInputs inputs, double confidence = DefaultConfidence)
    {
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must lie strictly between 0 and 1");
        }

        var point = Statistics(model, parameters, inputs);
        if (parameters.ShapeScaleCovariance is not { } covariance)
        {
            return new RemainingLifeEstimate(point[0], point[1], point[2], point[3]);
        }

        var draws = DrawParameters(parameters, covariance).Select(p => Statistics(model, p, inputs)).ToArray();
        var lowerTau = (1 - confidence) / 2;
        Interval Bounds(int index)
        {
            var values = draws.Select(d => d[index]).ToArray();
            return new Interval(values.Quantile(lowerTau), values.Quantile(1 - lowerTau));
        }

        return new RemainingLifeEstimate(point[0], point[1], point[2], point[3], confidence, Bounds(0), Bounds(1), Bounds(2), Bounds(3));
    }

    /// <summary>The residual life by which a fraction <paramref name="p"/> of such assets would have failed.</summary>
    public static double Quantile(IHealthModel model, DegradationParameters parameters, HealthInputs inputs, double p)
    {
        if (double.IsNaN(p) || p is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "a percentile must lie strictly between 0 and 1");
        }

        var target = 1 - p;
        var upper = Math.Max(1, parameters.AgeScaleDays / 16);
        while (model.ConditionalSurvival(parameters, inputs, upper) > target)
        {
            upper *= 2;
            if (upper > 1e12)
            {
                throw new ArgumentException("the model's hazard does not grow: remaining life is unbounded", nameof(parameters));
            }
        }

        // Solved on the cumulative-hazard scale, −ln S(x) = −ln(1 − p): well conditioned in the far tail too.
        var hazardTarget = -Math.Log(target);
        return Brent.FindRoot(x => -Math.Log(model.ConditionalSurvival(parameters, inputs, x)) - hazardTarget, 0, upper, 1e-12, 500);
    }

    private static double[] Statistics(IHealthModel model, DegradationParameters parameters, HealthInputs inputs)
    {
        var horizon = Quantile(model, parameters, inputs, 1 - TailSurvival);
        var mean = Integrate.DoubleExponential(x => model.ConditionalSurvival(parameters, inputs, x), 0, horizon, 1e-8 * horizon);
        return [mean, Quantile(model, parameters, inputs, 0.1), Quantile(model, parameters, inputs, 0.5), Quantile(model, parameters, inputs, 0.9)];
    }

    private static IEnumerable<DegradationParameters> DrawParameters(DegradationParameters parameters, ShapeScaleCovariance covariance)
    {
        // Delta method to the log scale, then a 2×2 Cholesky factor of its covariance.
        var beta = parameters.WeibullShape;
        var eta = parameters.AgeScaleDays;
        var varLogBeta = covariance.VarShape / (beta * beta);
        var varLogEta = covariance.VarScale / (eta * eta);
        var covLog = covariance.Covariance / (beta * eta);
        var l11 = Math.Sqrt(varLogBeta);
        var l21 = covLog / l11;
        var l22 = Math.Sqrt(Math.Max(0, varLogEta - (l21 * l21)));
        var random = new Random(Seed);
        for (var i = 0; i < Draws; i++)
        {
            var z1 = Normal.Sample(random, 0, 1);
            var z2 = Normal.Sample(random, 0, 1);
            yield return parameters with
            {
                WeibullShape = beta * Math.Exp(l11 * z1),
                AgeScaleDays = eta * Math.Exp((l21 * z1) + (l22 * z2)),
            };
        }
    }
}
