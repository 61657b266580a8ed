using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Reliability.Fitting;
using BenchmarkDotNet.Attributes;

namespace Alms.Twins.Bench.Micro;

/// <summary>Evaluating hazard and reliability: the per-reading cost of a twin's reliability state.</summary>
[MemoryDiagnoser]
public class ReliabilityEvaluationBenchmarks
{
    private readonly WeibullLife _weibull = new(2.2, 1500);
    private readonly LognormalLife _lognormal = new(7.0, 0.8);
    private readonly double[] _times = [.. Enumerable.Range(1, 64).Select(i => i * 50.0)];

    [Benchmark(OperationsPerInvoke = 64)]
    public double WeibullHazard() => Sum(_weibull.Hazard);

    [Benchmark(OperationsPerInvoke = 64)]
    public double WeibullReliability() => Sum(_weibull.Reliability);

    [Benchmark(OperationsPerInvoke = 64)]
    public double LognormalHazard() => Sum(_lognormal.Hazard);

    [Benchmark(OperationsPerInvoke = 64)]
    public double LognormalReliability() => Sum(_lognormal.Reliability);

    private double Sum(Func<double, double> function)
    {
        var sum = 0.0;
        foreach (var t in _times)
        {
            sum += function(t);
        }

        return sum;
    }
}

/// <summary>Maximum-likelihood fits (estimate plus Fisher covariance) on half-censored field data.</summary>
[MemoryDiagnoser]
public class ReliabilityFitBenchmarks
{
    private LifeData _weibullData = null!;
    private LifeData _lognormalData = null!;

    [Params(20, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _weibullData = Draw(new WeibullLife(2.2, 1500), seed: 1);
        _lognormalData = Draw(new LognormalLife(7.0, 0.8), seed: 2);
    }

    [Benchmark]
    public LifeFit WeibullMle() => LifeDataFitter.Fit(_weibullData, LifeFamily.Weibull2);

    [Benchmark]
    public LifeFit LognormalMle() => LifeDataFitter.Fit(_lognormalData, LifeFamily.Lognormal);

    // Independent censoring with the life distribution itself: P(C < T) = 1/2.
    private LifeData Draw(LifeDistribution distribution, int seed)
    {
        var random = new Random(seed);
        var failures = new List<double>();
        var suspensions = new List<double>();
        for (var i = 0; i < N; i++)
        {
            var life = distribution.Quantile(1 - random.NextDouble());
            var censoring = distribution.Quantile(1 - random.NextDouble());
            (life <= censoring ? failures : suspensions).Add(Math.Min(life, censoring));
        }

        return new LifeData(failures, suspensions);
    }
}
