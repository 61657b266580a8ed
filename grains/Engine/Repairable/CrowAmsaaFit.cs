using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Repairable;

/// <summary>How observation of a repairable system stopped.</summary>
public enum ObservationEnd
{
    /// <summary>Observation stopped at the last failure.</summary>
    FailureTerminated,

    /// <summary>Observation stopped at a chosen time, after the last failure.</summary>
    TimeTerminated,
}

/// <summary>
/// A maximum-likelihood Crow-AMSAA fit: the fitted <see cref="PowerLawProcess"/>, the data summary it came
/// from, the unbiased shape estimate and chi-square bounds on β.
/// </summary>
public sealed record CrowAmsaaFit(
    PowerLawProcess Process,
    int FailureCount,
    double EndTime,
    ObservationEnd End,
    double SumLogFailureTimes)
{
    public double Beta => Process.Beta;

    public double Lambda => Process.Lambda;

    /// <summary>
    /// Degrees of freedom of the pivot 2·n·β/β̂ ~ χ²: 2n when time-terminated, 2(n−1) when failure-terminated
    /// (Crow 1974). For several systems with unequal end times this is the usual approximation.
    /// </summary>
    public int ChiSquareDegreesOfFreedom => End == ObservationEnd.TimeTerminated ? 2 * FailureCount : 2 * (FailureCount - 1);

    /// <summary>
    /// The unbiased shape: (n−2)/n·β̂ failure-terminated, (n−1)/n·β̂ time-terminated — i.e. (dof − 2)/(2n)·β̂.
    /// </summary>
    public double UnbiasedBeta
    {
        get
        {
            if (ChiSquareDegreesOfFreedom <= 2)
            {
                throw new InvalidOperationException(
                    $"the unbiased shape needs more failures (have {FailureCount}, {End})");
            }

            return (ChiSquareDegreesOfFreedom - 2) / (2.0 * FailureCount) * Beta;
        }
    }

    /// <summary>Instantaneous intensity at the end of observation, ρ(T).</summary>
    public double IntensityAtEnd => Process.Intensity(EndTime);

    /// <summary>Instantaneous MTBF at the end of observation, 1/ρ(T).</summary>
    public double InstantaneousMtbfAtEnd => Process.InstantaneousMtbf(EndTime);

    /// <summary>Cumulative MTBF at the end of observation, T/Λ(T).</summary>
    public double CumulativeMtbfAtEnd => Process.CumulativeMtbf(EndTime);

    /// <summary>
    /// Two-sided bounds on β at the given confidence level from the χ² pivot:
    /// β̂·χ²(α/2; dof)/(2n) and β̂·χ²(1−α/2; dof)/(2n).
    /// </summary>
    public (double Lower, double Upper) BetaConfidenceBounds(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentException($"must be in (0, 1) (was {confidence})", nameof(confidence));
        }

        var alpha = 1 - confidence;
        var dof = ChiSquareDegreesOfFreedom;
        return (
            Beta * ChiSquared.InvCDF(dof, alpha / 2) / (2.0 * FailureCount),
            Beta * ChiSquared.InvCDF(dof, 1 - (alpha / 2)) / (2.0 * FailureCount));
    }
}
