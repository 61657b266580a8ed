namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>A named parameter value.</summary>
public sealed record NamedParameter(string Name, double Value);

/// <summary>
/// Covariance of the parameter estimates: a symmetric matrix over <see cref="Names"/>, stored row by row.
/// </summary>
public sealed record ParameterCovariance(IReadOnlyList<string> Names, IReadOnlyList<double> Values)
{
    public double this[int row, int column] => Values[row * Names.Count + column];

    public double this[string row, string column] => this[IndexOf(row), IndexOf(column)];

    public double Variance(string name) => this[name, name];

    private int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"name: no parameter '{name}' in this covariance", nameof(name));
    }
}

/// <summary>
/// A fitted life distribution. <see cref="LogLikelihood"/> uses the full density (no constants dropped);
/// AICc and BIC count n = failures + suspensions. AICc is +∞ when n ≤ k + 1, where it is undefined.
/// <see cref="Covariance"/> is the inverse observed Fisher information for maximum-likelihood fits and null
/// for rank regression. <see cref="Ranks"/> is set for rank-regression fits only.
/// </summary>
public sealed record LifeFit(
    LifeFamily Family,
    FitMethod Method,
    RankMethod? Ranks,
    IReadOnlyList<NamedParameter> Parameters,
    ParameterCovariance? Covariance,
    double LogLikelihood,
    double Aicc,
    double Bic,
    int FailureCount,
    int SuspensionCount)
{
    /// <summary>The family's API name, e.g. <c>weibull2</c>.</summary>
    public string FamilyName => Family.Name();

    public double Parameter(string name) =>
        Parameters.FirstOrDefault(p => p.Name == name)?.Value
        ?? throw new ArgumentException($"name: {Family.Name()} has no parameter '{name}'", nameof(name));

    /// <summary>The fitted distribution.</summary>
    public ILifeDistribution ToDistribution() => Family.Create([.. Parameters.Select(p => p.Value)]);
}

/// <summary>A family that could not be fitted, with the reason.</summary>
public sealed record FitFailure(LifeFamily Family, string Reason);

/// <summary>Criterion used to rank candidate families (smaller is better for both).</summary>
public enum SelectionCriterion
{
    Aicc,
    Bic,
}

/// <summary>
/// Outcome of fitting several families: <see cref="Candidates"/> ranked best first by <see cref="Criterion"/>,
/// and the families that failed to fit with their reasons. <see cref="Best"/> is null when none fitted.
/// </summary>
public sealed record BestFitResult(
    SelectionCriterion Criterion,
    IReadOnlyList<LifeFit> Candidates,
    IReadOnlyList<FitFailure> Failures)
{
    public LifeFit? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

/// <summary>A two-sided confidence interval on a parameter.</summary>
public sealed record ParameterInterval(string Name, double Estimate, double Lower, double Upper, double Confidence);

/// <summary>A two-sided confidence interval on reliability at time <see cref="Time"/>.</summary>
public sealed record ReliabilityInterval(double Time, double Estimate, double Lower, double Upper, double Confidence);
