using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Engine.Tests.ReferenceCases;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class ConditionStatesTests
{
    /// <summary>The bridge-deck matrix of reference case MK-01, flattened row by row.</summary>
    private static ImmutableArray<double> Mk01Transitions =>
        [.. ReferenceCaseFile.Inputs("MK-01").GetProperty("P_row_from_to").EnumerateArray().SelectMany(row => row.EnumerateArray().Select(p => p.GetDouble()))];

    private static readonly ImmutableArray<double> Bands = [0.2, 0.4, 0.6, 0.8];

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.2, 1)]
    [InlineData(0.21, 2)]
    [InlineData(0.55, 3)]
    [InlineData(0.79, 4)]
    [InlineData(1.0, 5)]
    public void WearBandsGiveTheConditionState(double wear, int state) =>
        Assert.Equal(state, ConditionStates.StateOf(new ConditionStateModel(Bands), wear));

    [Fact]
    public void ExpectedYearsToTheWorstStateReproduceTheReferenceCase()
    {
        var model = new ConditionStateModel(Bands, Mk01Transitions);

        var years = Enumerable.Range(1, 4).Select(state => ConditionStates.ExpectedYearsToWorst(model, state)!.Value).ToList();

        ReferenceCaseFile.AssertVector("MK-01", "expected years to Very poor from E,G,F,P", years);
        Assert.Equal(0, ConditionStates.ExpectedYearsToWorst(model, 5));
    }

    [Fact]
    public void WithoutTransitionsThereIsNoExpectedTime() =>
        Assert.Null(ConditionStates.ExpectedYearsToWorst(new ConditionStateModel(Bands), 2));

    public static TheoryData<string, ConditionStateModel> BadModels() => new()
    {
        { "c.wearBands", new ConditionStateModel([]) },
        { "c.wearBands[1]", new ConditionStateModel([0.5, 0.4]) },
        { "c.wearBands[0]", new ConditionStateModel([1.2]) },
        { "c.transitionsPerYear", new ConditionStateModel(Bands, [1, 0, 0, 1]) },
        { "c.transitionsPerYear", new ConditionStateModel([0.5], [0.5, 0.6, 0, 1]) },
    };

    [Theory]
    [MemberData(nameof(BadModels))]
    public void ABadModelIsRefusedNamingTheField(string field, ConditionStateModel model) =>
        Assert.Equal(field, ConditionStates.Validate(model, "c")?.Field);
}
