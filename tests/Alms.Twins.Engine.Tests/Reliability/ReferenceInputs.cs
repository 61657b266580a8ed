using System.Globalization;
using System.Text.Json;
using Alms.Twins.Engine.Reliability.Fitting;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Reliability;

/// <summary>Reads reliability reference-case inputs into engine types.</summary>
internal static class ReferenceInputs
{
    public static LifeData LifeData(string caseId)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        return new LifeData(Times(inputs, "failures"), Times(inputs, "right_censored"));
    }

    public static double Number(string caseId, string name) => ReferenceCaseFile.Inputs(caseId).GetProperty(name).GetDouble();

    public static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double[] Times(JsonElement inputs, string name) =>
        inputs.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(v => v.GetDouble())] : [];
}
