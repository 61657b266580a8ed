namespace Alms.Twins.Engine.Reliability;

/// <summary>
/// A distribution of time to failure. Times are in the caller's unit (hours, days, cycles); every
/// method takes and returns that unit. Implementations validate their parameters on construction.
/// </summary>
public interface ILifeDistribution
{
    /// <summary>Family name as used by the API, e.g. <c>weibull2</c>, <c>lognormal</c>.</summary>
    string Family { get; }

    /// <summary>Parameters by name, in the family's documented order (e.g. beta, eta for Weibull).</summary>
    IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    double Pdf(double t);

    /// <summary>F(t) = P(T ≤ t).</summary>
    double Cdf(double t);

    /// <summary>R(t) = 1 − F(t).</summary>
    double Reliability(double t);

    /// <summary>h(t) = f(t) / R(t).</summary>
    double Hazard(double t);

    /// <summary>H(t) = −ln R(t).</summary>
    double CumulativeHazard(double t);

    /// <summary>The time by which a fraction <paramref name="p"/> has failed: F⁻¹(p).</summary>
    double Quantile(double p);

    /// <summary>Mean time to failure.</summary>
    double Mean { get; }
}
