namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// The distribution of the time a wear process takes to reach a failure threshold, measured from now
/// (so for a unit with wear already accumulated it is the remaining useful life).
/// </summary>
public interface IFirstPassageTime
{
    /// <summary>P(T ≤ t).</summary>
    double Cdf(double t);

    /// <summary>The time by which a fraction <paramref name="p"/> of such units has reached the threshold.</summary>
    double Quantile(double p);

    /// <summary>E[T].</summary>
    double Mean { get; }

    /// <summary>The 50% quantile.</summary>
    double Median => Quantile(0.5);
}
