using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Covariance of the MLE as the inverse of the observed Fisher information, −∂²ℓ/∂θ∂θᵀ, from a central-difference
/// Hessian of the full log-likelihood in the family's natural parameters at the estimate.
/// </summary>
internal static class FisherCovariance
{
    // Relative step 1e−4: truncation error ~h² ≈ 1e−8 and rounding error ~ε·|ℓ|/h² ≈ 1e−8·|ℓ|/(r·θ²·ℓ''),
    // so the variances come out to about seven digits.
    private const double RelativeStep = 1e-4;

    /// <summary>The covariance, or null when the information matrix is not positive definite (MLE on a boundary).</summary>
    public static ParameterCovariance? Compute(LifeFamily family, IReadOnlyList<double> estimate, LifeData data)
    {
        var names = family.ParameterNames();
        var hessian = Hessian(p => LogLikelihood.Evaluate(family, p, data), [.. estimate]);
        var information = -hessian;
        if (!information.Enumerate().All(double.IsFinite))
        {
            return null;
        }

        if (!TryCholesky(information, out var cholesky))
        {
            return null;
        }

        var covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(names.Count));
        covariance = (covariance + covariance.Transpose()) / 2;
        return new ParameterCovariance(names, [.. covariance.ToRowMajorArray()]);
    }

    private static bool TryCholesky(Matrix<double> matrix, out Cholesky<double> cholesky)
    {
        try
        {
            cholesky = matrix.Cholesky();
            return true;
        }
        catch (ArgumentException)
        {
            // MathNet reports a matrix that is not positive definite this way.
            cholesky = null!;
            return false;
        }
    }

    private static Matrix<double> Hessian(Func<double[], double> f, double[] x)
    {
        var k = x.Length;

        // A parameter at or near zero (a Weibull location) is stepped on the scale of the largest parameter instead.
        var floor = 1e-3 * x.Max(Math.Abs);
        var steps = x.Select(v => RelativeStep * Math.Max(Math.Abs(v), floor)).ToArray();
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
