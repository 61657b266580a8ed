using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Covariance of the MLE as the inverse of the observed Fisher information, −∂²ℓ/∂θ∂θᵀ, from a central-difference
/// Hessian of the full log-likelihood in the family's natural parameters at the estimate.
/// </summary>
internal static class FisherCovariance
{
    /// <summary>The covariance, or null when the information matrix is not positive definite (MLE on a boundary).</summary>
    public static ParameterCovariance? Compute(LifeFamily family, IReadOnlyList<double> estimate, LifeData data)
    {
        var names = family.ParameterNames();
        var hessian = FiniteDifferences.Hessian(p => LogLikelihood.Evaluate(family, p, data), [.. estimate]);
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
}
