using System.Reflection;

namespace Alms.Twins.Engine.Tests.ReferenceCases;

public sealed class ReferenceCaseCoverageTests
{
    [Fact]
    public void EveryCaseInTheFileIsReproducedBySomeTest()
    {
        var covered = typeof(ReferenceCaseCoverageTests).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Contains(typeof(IReferenceCaseSet)))
            .SelectMany(t => (IReadOnlyList<string>)t.GetProperty("CaseIds", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToHashSet();

        var missing = ReferenceCaseFile.CaseIds().Where(id => !covered.Contains(id)).ToList();

        Assert.True(missing.Count == 0, $"reference cases without a test: {string.Join(", ", missing)}");
    }
}
