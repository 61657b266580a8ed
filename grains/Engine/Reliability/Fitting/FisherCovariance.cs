using MathNet.Numerics.Differentiation;
using MathNet.Numerics.LinearAlgebra;

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
        var hessian = new NumericalHessian(5, 2).Evaluate(p => LogLikelihood.Evaluate(family, p, data), [.. estimate]);
        var information = -Matrix<double>.Build.DenseOfArray(hessian);
        information = (information + information.Transpose()) / 2;
        if (!information.Enumerate().All(double.IsFinite))
        {
            return null;
        }

        var cholesky = information.Cholesky();
        if (!cholesky.Factor.Diagonal().All(d => d > 0 && double.IsFinite(d)))
        {
            return null;
        }

        var covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(names.Count));
        covariance = (covariance + covariance.Transpose()) / 2;
        return new ParameterCovariance(names, [.. covariance.ToRowMajorArray()]);
    }
}
