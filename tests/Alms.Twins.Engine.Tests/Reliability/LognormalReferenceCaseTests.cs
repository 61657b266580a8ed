using Alms.Twins.Engine.Reliability.Fitting;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Reliability;

/// <summary>Lognormal MLE on complete data (LN-01), where the estimate has a closed form.</summary>
public sealed class LognormalReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["LN-01"];

    [Theory]
    [MemberData(nameof(ReferenceCaseFile.ExpectedKeys), "LN-01", MemberType = typeof(ReferenceCaseFile))]
    public void MaximumLikelihoodOnCompleteDataMatchesClosedForm(string caseId, string key)
    {
        var data = ReferenceInputs.LifeData(caseId);
        var fit = LifeDataFitter.Fit(data, LifeFamily.Lognormal);
        var n = (double)data.FailureCount;

        var actual = key switch
        {
            "mu" => fit.Parameter("mu"),
            "sigma_MLE" => fit.Parameter("sigma"),

            // The MLE divides by n; the case also lists the n − 1 estimate to show they differ.
            "sigma_unbiased(n-1)" => fit.Parameter("sigma") * Math.Sqrt(n / (n - 1)),
            "loglik" => fit.LogLikelihood,
            _ => throw new InvalidOperationException($"{caseId}: no computation for expected key '{key}'"),
        };

        ReferenceCaseFile.AssertScalar(caseId, key, actual);
    }
}
