using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Alms.Twins.Engine.Repairable;

/// <summary>
/// Maximum-likelihood estimation of (β, η, q) of a <see cref="KijimaWeibullProcess"/> from one or more
/// sequences of inter-failure times. The search runs on (ln β, ln η, logit q) so that every trial point is
/// valid; a restoration factor at 0 or 1 is approached asymptotically.
/// </summary>
public static class KijimaEstimator
{
    public static KijimaWeibullProcess Fit(IReadOnlyList<IReadOnlyList<double>> sequences, KijimaType type)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            throw new ArgumentException("at least one sequence of inter-failure times is required", nameof(sequences));
        }

        // Validates every sequence up front, so a bad input is reported before the search starts.
        var probe = new KijimaWeibullProcess(1, 1, 0.5, type);
        foreach (var sequence in sequences)
        {
            probe.VirtualAges(sequence);
        }

        var all = sequences.SelectMany(s => s).ToArray();
        if (all.Length < 3)
        {
            throw new ArgumentException("at least three inter-failure times are needed for three parameters", nameof(sequences));
        }

        double NegativeLogLikelihood(Vector<double> p)
        {
            var model = new KijimaWeibullProcess(Math.Exp(p[0]), Math.Exp(p[1]), Logistic(p[2]), type);
            var value = -sequences.Sum(s => model.LogLikelihood(s));
            return double.IsFinite(value) ? value : double.MaxValue;
        }

        var start = Vector<double>.Build.Dense([0.0, Math.Log(all.Average()), 0.0]);
        MinimizationResult result;
        try
        {
            result = new NelderMeadSimplex(1e-10, 20000).FindMinimum(ObjectiveFunction.Value(NegativeLogLikelihood), start);
        }
        catch (MaximumIterationsException e)
        {
            throw new ArgumentException("the likelihood search did not converge: the data do not identify (β, η, q)", nameof(sequences), e);
        }

        var best = result.MinimizingPoint;
        return new KijimaWeibullProcess(Math.Exp(best[0]), Math.Exp(best[1]), Logistic(best[2]), type);
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
