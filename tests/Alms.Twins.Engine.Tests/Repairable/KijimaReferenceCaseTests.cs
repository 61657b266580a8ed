using Alms.Twins.Engine.Repairable;
using Alms.Twins.Engine.Tests.ReferenceCases;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class KijimaReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["KJ-01"];

    public static TheoryData<string, string> Keys => ReferenceCaseFile.ExpectedKeys("KJ-01");

    [Theory]
    [MemberData(nameof(Keys))]
    public void KijimaModelReproducesTheReferenceValue(string caseId, string key)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        var intervals = inputs.GetProperty("inter_failure_times").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var beta = inputs.GetProperty("beta").GetDouble();
        var eta = inputs.GetProperty("eta").GetDouble();
        var q = inputs.GetProperty("q").GetDouble();

        KijimaWeibullProcess Model(KijimaType type, double restoration) => new(beta, eta, restoration, type);
        double LastAge(KijimaType type) => Model(type, q).VirtualAges(intervals)[^1];

        switch (key)
        {
            case "KijimaI_V":
                ReferenceCaseFile.AssertVector(caseId, key, Model(KijimaType.TypeI, q).VirtualAges(intervals));
                break;
            case "KijimaII_V":
                ReferenceCaseFile.AssertVector(caseId, key, Model(KijimaType.TypeII, q).VirtualAges(intervals));
                break;
            case "KijimaI_LL":
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeI, q).LogLikelihood(intervals));
                break;
            case "KijimaII_LL":
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeII, q).LogLikelihood(intervals));
                break;
            case "KijimaI_R(50|V4)":
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeI, q).ConditionalReliability(50, LastAge(KijimaType.TypeI)));
                break;
            case "KijimaII_R(50|V4)":
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeII, q).ConditionalReliability(50, LastAge(KijimaType.TypeII)));
                break;
            case "KijimaI_condMRL":
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeI, q).ConditionalMeanResidualLife(LastAge(KijimaType.TypeI)));
                break;
            case "KijimaII_condMRL":
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeII, q).ConditionalMeanResidualLife(LastAge(KijimaType.TypeII)));
                break;
            case "q=1 LL (both types) == power-law NHPP LL":
                var failureAges = CumulativeSums(intervals);
                var nhpp = PowerLawProcess.FromWeibullScale(beta, eta).LogLikelihood(failureAges, failureAges[^1]);
                ReferenceCaseFile.AssertScalar(caseId, key, nhpp);
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeI, 1).LogLikelihood(intervals));
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeII, 1).LogLikelihood(intervals));
                break;
            case "q=0 LL (both types) == iid Weibull renewal LL":
                var renewal = intervals.Sum(x => Weibull.PDFLn(beta, eta, x));
                ReferenceCaseFile.AssertScalar(caseId, key, renewal);
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeI, 0).LogLikelihood(intervals));
                ReferenceCaseFile.AssertScalar(caseId, key, Model(KijimaType.TypeII, 0).LogLikelihood(intervals));
                break;
            default:
                Assert.Fail($"{caseId}: no engine value for expected key '{key}'");
                break;
        }
    }

    internal static double[] CumulativeSums(IReadOnlyList<double> intervals)
    {
        var sums = new double[intervals.Count];
        var total = 0.0;
        for (var i = 0; i < intervals.Count; i++)
        {
            total += intervals[i];
            sums[i] = total;
        }

        return sums;
    }
}
