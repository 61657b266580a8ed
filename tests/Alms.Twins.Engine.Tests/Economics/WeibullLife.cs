using Alms.Twins.Engine.Reliability;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Economics;

/// <summary>A two-parameter Weibull baseline for the tests, built on MathNet's distribution and closed forms.</summary>
internal sealed class WeibullLife(double beta, double eta) : ILifeDistribution
{
    private readonly Weibull _weibull = new(beta, eta);

    public string Family => "weibull2";

    public IReadOnlyList<KeyValuePair<string, double>> Parameters => [new("beta", beta), new("eta", eta)];

    public double Mean => eta * SpecialFunctions.Gamma(1 + (1 / beta));

    public double Pdf(double t) => _weibull.Density(t);

    public double Cdf(double t) => -SpecialFunctions.Expm1(-CumulativeHazard(t));

    public double Reliability(double t) => Math.Exp(-CumulativeHazard(t));

    public double Hazard(double t) => beta / eta * Math.Pow(t / eta, beta - 1);

    public double CumulativeHazard(double t) => Math.Pow(t / eta, beta);

    public double Quantile(double p) => eta * Math.Pow(-Math.Log(1 - p), 1 / beta);
}
