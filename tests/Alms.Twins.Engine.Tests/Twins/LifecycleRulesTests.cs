using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class LifecycleRulesTests
{
    public static TheoryData<LifecycleStage, LifecycleStage> AllPairs()
    {
        var data = new TheoryData<LifecycleStage, LifecycleStage>();
        foreach (var from in Enum.GetValues<LifecycleStage>())
        {
            foreach (var to in Enum.GetValues<LifecycleStage>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void OnlyTheDocumentedLifecycleTransitionsAreAllowed(LifecycleStage from, LifecycleStage to)
    {
        // The lifecycle as drawn: Planned → Acquired → InService ⇄ UnderMaintenance / Standby / Failed → Decommissioned → Disposed.
        HashSet<(LifecycleStage, LifecycleStage)> allowed =
        [
            (LifecycleStage.Planned, LifecycleStage.Acquired),
            (LifecycleStage.Acquired, LifecycleStage.InService),
            (LifecycleStage.Acquired, LifecycleStage.Decommissioned),
            (LifecycleStage.InService, LifecycleStage.UnderMaintenance),
            (LifecycleStage.InService, LifecycleStage.Standby),
            (LifecycleStage.InService, LifecycleStage.Failed),
            (LifecycleStage.InService, LifecycleStage.Decommissioned),
            (LifecycleStage.UnderMaintenance, LifecycleStage.InService),
            (LifecycleStage.UnderMaintenance, LifecycleStage.Standby),
            (LifecycleStage.UnderMaintenance, LifecycleStage.Failed),
            (LifecycleStage.UnderMaintenance, LifecycleStage.Decommissioned),
            (LifecycleStage.Standby, LifecycleStage.InService),
            (LifecycleStage.Standby, LifecycleStage.UnderMaintenance),
            (LifecycleStage.Standby, LifecycleStage.Failed),
            (LifecycleStage.Standby, LifecycleStage.Decommissioned),
            (LifecycleStage.Failed, LifecycleStage.InService),
            (LifecycleStage.Failed, LifecycleStage.UnderMaintenance),
            (LifecycleStage.Failed, LifecycleStage.Decommissioned),
            (LifecycleStage.Decommissioned, LifecycleStage.Disposed),
        ];

        Assert.Equal(allowed.Contains((from, to)), LifecycleRules.CanTransition(from, to));
    }

    [Fact]
    public void DisposedIsFinalAndNothingReturnsToPlanned()
    {
        Assert.Empty(LifecycleRules.NextStages(LifecycleStage.Disposed));
        Assert.DoesNotContain(Enum.GetValues<LifecycleStage>(), s => LifecycleRules.CanTransition(s, LifecycleStage.Planned));
    }

    [Theory]
    [InlineData(LifecycleStage.Planned, false)]
    [InlineData(LifecycleStage.Acquired, false)]
    [InlineData(LifecycleStage.InService, true)]
    [InlineData(LifecycleStage.UnderMaintenance, true)]
    [InlineData(LifecycleStage.Standby, true)]
    [InlineData(LifecycleStage.Failed, true)]
    [InlineData(LifecycleStage.Decommissioned, true)]
    [InlineData(LifecycleStage.Disposed, false)]
    public void OnlyStagesWithSensorsCanReport(LifecycleStage stage, bool canReport) =>
        Assert.Equal(canReport, LifecycleRules.CanReport(stage));
}
