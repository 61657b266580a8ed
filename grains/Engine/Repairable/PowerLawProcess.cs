namespace Alms.Twins.Engine.Repairable;

/// <summary>
/// The power-law non-homogeneous Poisson process (Crow-AMSAA): intensity ρ(t) = λ·β·t^(β−1) and expected
/// cumulative failures Λ(t) = λ·t^β. β &lt; 1 means reliability growth, β &gt; 1 deterioration.
/// </summary>
public sealed record PowerLawProcess
{
    public PowerLawProcess(double beta, double lambda)
    {
        EventTimeGuard.RequirePositive(beta, nameof(beta));
        EventTimeGuard.RequirePositive(lambda, nameof(lambda));
        Beta = beta;
        Lambda = lambda;
    }

    public double Beta { get; }

    public double Lambda { get; }

    /// <summary>The process whose cumulative intensity is the Weibull cumulative hazard (t/η)^β.</summary>
    public static PowerLawProcess FromWeibullScale(double beta, double eta)
    {
        EventTimeGuard.RequirePositive(eta, nameof(eta));
        return new PowerLawProcess(beta, Math.Pow(eta, -beta));
    }

    /// <summary>Instantaneous failure intensity ρ(t).</summary>
    public double Intensity(double t)
    {
        EventTimeGuard.RequirePositive(t, nameof(t));
        return Lambda * Beta * Math.Pow(t, Beta - 1);
    }

    /// <summary>Expected number of failures by age t, Λ(t).</summary>
    public double ExpectedFailures(double t)
    {
        EventTimeGuard.RequireNonNegative(t, nameof(t));
        return Lambda * Math.Pow(t, Beta);
    }

    /// <summary>Instantaneous MTBF 1/ρ(t): the mean time between failures if the process froze at age t.</summary>
    public double InstantaneousMtbf(double t) => 1 / Intensity(t);

    /// <summary>Cumulative MTBF t/Λ(t).</summary>
    public double CumulativeMtbf(double t)
    {
        EventTimeGuard.RequirePositive(t, nameof(t));
        return t / ExpectedFailures(t);
    }

    /// <summary>
    /// Log-likelihood of one system's failure ages observed on [0, endTime]:
    /// Σ ln ρ(t_i) − Λ(endTime).
    /// </summary>
    public double LogLikelihood(IReadOnlyList<double> failureTimes, double endTime)
    {
        var history = new RecurrenceHistory(failureTimes, endTime);
        return history.EventTimes.Sum(t => Math.Log(Intensity(t))) - ExpectedFailures(endTime);
    }
}
