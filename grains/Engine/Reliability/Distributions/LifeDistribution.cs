namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>
/// Common base of the life distributions: each family supplies ln f(t) and ln R(t), and the other
/// functions derive from those two so that tails stay accurate (H(t) = −ln R(t) never goes through 1 − F).
/// </summary>
public abstract class LifeDistribution : ILifeDistribution
{
    public abstract string Family { get; }

    public abstract IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    public abstract double Mean { get; }

    /// <summary>ln f(t); −∞ where the density is zero.</summary>
    public double LogPdf(double t) => LogPdfCore(CheckTime(t));

    /// <summary>ln R(t) = −H(t); 0 before the support starts.</summary>
    public double LogReliability(double t) => LogReliabilityCore(CheckTime(t));

    public double Pdf(double t) => Math.Exp(LogPdf(t));

    // 1 − exp(ln R) through an accurate e^x − 1 keeps F accurate where it is tiny (early life, B0.1 lives).
    public double Cdf(double t) => -PreciseMath.ExpMinusOne(LogReliability(t));

    public double Reliability(double t) => Math.Exp(LogReliability(t));

    public double CumulativeHazard(double t) => -LogReliability(t);

    public virtual double Hazard(double t)
    {
        var logReliability = LogReliability(t);
        if (double.IsNegativeInfinity(logReliability))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "the hazard is undefined where reliability is zero");
        }

        return Math.Exp(LogPdf(t) - logReliability);
    }

    public double Quantile(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be a probability in [0, 1]");
        }

        return QuantileCore(p);
    }

    protected abstract double LogPdfCore(double t);

    protected abstract double LogReliabilityCore(double t);

    protected abstract double QuantileCore(double p);

    protected static double CheckTime(double t) =>
        double.IsNaN(t) ? throw new ArgumentException("t must not be NaN", nameof(t)) : t;

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly positive.</summary>
    protected static double RequirePositive(double value, string name) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and > 0");

    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    protected static double RequireFinite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite");

    protected static IReadOnlyList<KeyValuePair<string, double>> Named(params (string Name, double Value)[] parameters) =>
        [.. parameters.Select(p => new KeyValuePair<string, double>(p.Name, p.Value))];

    public override string ToString() =>
        $"{Family}({string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value:G6}"))})";
}
