using MathNet.Numerics.LinearAlgebra;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Central-difference gradient and Hessian of a smooth log-likelihood. The relative step 1e−4 balances
/// truncation error (~h² ≈ 1e−8) against rounding (~ε·|ℓ|/h²), giving about seven correct digits.
/// </summary>
internal static class FiniteDifferences
{
    private const double RelativeStep = 1e-4;

    public static Vector<double> Gradient(Func<double[], double> f, double[] x)
    {
        var steps = Steps(x);
        return Vector<double>.Build.Dense(x.Length, i => (Shifted(f, x, (i, steps[i])) - Shifted(f, x, (i, -steps[i]))) / (2 * steps[i]));
    }

    public static Matrix<double> Hessian(Func<double[], double> f, double[] x)
    {
        var k = x.Length;
        var steps = Steps(x);
        var center = f(x);
        var hessian = Matrix<double>.Build.Dense(k, k);
        for (var i = 0; i < k; i++)
        {
            hessian[i, i] = (Shifted(f, x, (i, steps[i])) - 2 * center + Shifted(f, x, (i, -steps[i]))) / (steps[i] * steps[i]);
            for (var j = 0; j < i; j++)
            {
                var mixed = Shifted(f, x, (i, steps[i]), (j, steps[j])) - Shifted(f, x, (i, steps[i]), (j, -steps[j]))
                    - Shifted(f, x, (i, -steps[i]), (j, steps[j])) + Shifted(f, x, (i, -steps[i]), (j, -steps[j]));
                hessian[i, j] = hessian[j, i] = mixed / (4 * steps[i] * steps[j]);
            }
        }

        return hessian;
    }

    // A coordinate at or near zero (a Weibull location, a log-parameter) is stepped on the scale of the largest one.
    private static double[] Steps(double[] x)
    {
        var largest = x.Max(Math.Abs);
        var floor = largest > 0 ? 1e-3 * largest : 1e-3;
        return [.. x.Select(v => RelativeStep * Math.Max(Math.Abs(v), floor))];
    }

    private static double Shifted(Func<double[], double> f, double[] x, params (int Index, double Step)[] shifts)
    {
        var point = (double[])x.Clone();
        foreach (var (index, step) in shifts)
        {
            point[index] += step;
        }

        return f(point);
    }
}
