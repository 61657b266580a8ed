namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>Exponential life (<c>exponential</c>: lambda): constant hazard λ, R(t) = exp(−λt).</summary>
public sealed class ExponentialLife : LifeDistribution
{
    public const string FamilyName = "exponential";

    public ExponentialLife(double lambda)
    {
        Lambda = RequirePositive(lambda, nameof(lambda));
    }

    public double Lambda { get; }

    public override string Family => FamilyName;

    public override IReadOnlyList<KeyValuePair<string, double>> Parameters => Named(("lambda", Lambda));

    public override double Mean => 1 / Lambda;

    public override double Hazard(double t) => CheckTime(t) < 0 ? 0 : Lambda;

    protected override double LogPdfCore(double t) => t < 0 ? double.NegativeInfinity : Math.Log(Lambda) - Lambda * t;

    protected override double LogReliabilityCore(double t) => t <= 0 ? 0 : -Lambda * t;

    protected override double QuantileCore(double p) => -PreciseMath.LogOnePlus(-p) / Lambda;
}
