using Alms.Twins.Engine.Reliability.Distributions;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>The life-distribution families that can be fitted to <see cref="LifeData"/>.</summary>
public enum LifeFamily
{
    Weibull2,
    Weibull3,
    Exponential,
    Lognormal,
    Gamma,
    Normal,
}

/// <summary>How parameters are estimated.</summary>
public enum FitMethod
{
    MaximumLikelihood,

    /// <summary>Median-rank regression of the probability axis on the time axis (RRY).</summary>
    RankRegressionOnY,

    /// <summary>Median-rank regression of the time axis on the probability axis (RRX).</summary>
    RankRegressionOnX,
}

/// <summary>How the unreliability plotting position of the i-th failure is estimated in rank regression.</summary>
public enum RankMethod
{
    /// <summary>Exact median rank: the median of Beta(i, n − i + 1).</summary>
    ExactMedian,

    /// <summary>Benard's approximation (i − 0.3) / (n + 0.4).</summary>
    Benard,
}

/// <summary>Family names as the API spells them, and construction of a distribution from fitted values.</summary>
public static class LifeFamilies
{
    /// <summary>All families, in the order best-fit selection tries them.</summary>
    public static IReadOnlyList<LifeFamily> All { get; } =
        [LifeFamily.Weibull2, LifeFamily.Weibull3, LifeFamily.Exponential, LifeFamily.Lognormal, LifeFamily.Gamma, LifeFamily.Normal];

    public static string Name(this LifeFamily family) => family switch
    {
        LifeFamily.Weibull2 => WeibullLife.TwoParameterFamily,
        LifeFamily.Weibull3 => WeibullLife.ThreeParameterFamily,
        LifeFamily.Exponential => ExponentialLife.FamilyName,
        LifeFamily.Lognormal => LognormalLife.FamilyName,
        LifeFamily.Gamma => GammaLife.FamilyName,
        LifeFamily.Normal => NormalLife.FamilyName,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown life family"),
    };

    /// <summary>Parameter names in the order <see cref="Create"/> expects them.</summary>
    public static IReadOnlyList<string> ParameterNames(this LifeFamily family) => family switch
    {
        LifeFamily.Weibull2 => ["beta", "eta"],
        LifeFamily.Weibull3 => ["beta", "eta", "gamma"],
        LifeFamily.Exponential => ["lambda"],
        LifeFamily.Lognormal or LifeFamily.Normal => ["mu", "sigma"],
        LifeFamily.Gamma => ["k", "theta"],
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown life family"),
    };

    /// <summary>Whether a parameter must be positive (and so gets confidence bounds on the log scale).</summary>
    public static bool IsPositiveParameter(this LifeFamily family, string name) =>
        !(name == "mu" || (family == LifeFamily.Weibull3 && name == "gamma"));

    /// <summary>Builds the distribution from parameter values in <see cref="ParameterNames"/> order.</summary>
    public static LifeDistribution Create(this LifeFamily family, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != family.ParameterNames().Count)
        {
            throw new ArgumentException($"values: {family.Name()} takes {family.ParameterNames().Count} parameters, got {values.Count}", nameof(values));
        }

        return family switch
        {
            LifeFamily.Weibull2 => new WeibullLife(values[0], values[1]),
            LifeFamily.Weibull3 => WeibullLife.ThreeParameter(values[0], values[1], values[2]),
            LifeFamily.Exponential => new ExponentialLife(values[0]),
            LifeFamily.Lognormal => new LognormalLife(values[0], values[1]),
            LifeFamily.Gamma => new GammaLife(values[0], values[1]),
            LifeFamily.Normal => new NormalLife(values[0], values[1]),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown life family"),
        };
    }
}
