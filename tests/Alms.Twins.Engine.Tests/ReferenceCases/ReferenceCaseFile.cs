using System.Text.Json;

namespace Alms.Twins.Engine.Tests.ReferenceCases;

/// <summary>
/// The published reference cases (reliability.json, copied into this project so the repository stands
/// alone). Each expected value carries its own tolerance; tests compare against the file, never against
/// numbers typed into the test.
/// </summary>
public static class ReferenceCaseFile
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReferenceCases", "reliability.json"))));

    /// <summary>Every case id in the file.</summary>
    public static IReadOnlyList<string> CaseIds() =>
        [.. Document.Value.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    /// <summary>The whole case object (inputs, conventions, expected).</summary>
    public static JsonElement Case(string id) =>
        Document.Value.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    public static JsonElement Inputs(string id) => Case(id).GetProperty("inputs");

    /// <summary>The names of the expected values of a case: one theory row each.</summary>
    public static TheoryData<string, string> ExpectedKeys(string id)
    {
        var data = new TheoryData<string, string>();
        foreach (var property in Case(id).GetProperty("expected").EnumerateObject())
        {
            data.Add(id, property.Name);
        }

        return data;
    }

    public static JsonElement Expected(string id, string key) => Case(id).GetProperty("expected").GetProperty(key);

    /// <summary>Asserts a scalar against the expected value within the case's tolerance (absolute or relative).</summary>
    public static void AssertScalar(string id, string key, double actual)
    {
        var expected = Expected(id, key);
        AssertClose(expected.GetProperty("value").GetDouble(), actual, expected, $"{id} {key}");
    }

    /// <summary>Asserts a vector element by element against the expected array.</summary>
    public static void AssertVector(string id, string key, IReadOnlyList<double> actual)
    {
        var expected = Expected(id, key);
        var values = expected.GetProperty("value").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(values.Length, actual.Count);
        for (var i = 0; i < values.Length; i++)
        {
            AssertClose(values[i], actual[i], expected, $"{id} {key}[{i}]");
        }
    }

    /// <summary>Asserts with the tolerance found on <paramref name="toleranceSource"/> (tol_abs or tol_rel).</summary>
    public static void AssertClose(double expected, double actual, JsonElement toleranceSource, string what)
    {
        var tolerance = ToleranceFor(expected, toleranceSource);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected:R} ± {tolerance:G3}, got {actual:R}");
    }

    private static double ToleranceFor(double expected, JsonElement source)
    {
        if (source.TryGetProperty("tol_abs", out var abs) && abs.ValueKind == JsonValueKind.Number)
        {
            return abs.GetDouble();
        }

        if (source.TryGetProperty("tol_rel", out var rel) && rel.ValueKind == JsonValueKind.Number)
        {
            return Math.Abs(expected) * rel.GetDouble();
        }

        throw new InvalidOperationException("expected value has no numeric tolerance");
    }
}

/// <summary>
/// Implemented by each test class that reproduces reference cases, so that a case added to the file
/// without a test fails <see cref="ReferenceCaseCoverageTests"/>.
/// </summary>
public interface IReferenceCaseSet
{
    static abstract IReadOnlyList<string> CaseIds { get; }
}
