using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class DefinitionRulesTests
{
    private static readonly AssetClassDefinition Pump = TestClasses.Pump();

    [Fact]
    public void AWellFormedClassIsAccepted() => Assert.Null(DefinitionRules.ValidateClass(Pump));

    public static TheoryData<string, AssetClassDefinition> BadClasses() => new()
    {
        { "id", Pump with { Id = "" } },
        { "name", Pump with { Name = " " } },
        { "metrics", Pump with { Metrics = [] } },
        { "metrics[0].max", Pump with { Metrics = [Pump.Metrics[0] with { Min = 5, Max = 5 }, .. Pump.Metrics[1..]] } },
        { "metrics[0].max", Pump with { Metrics = [Pump.Metrics[0] with { Max = double.PositiveInfinity }, .. Pump.Metrics[1..]] } },
        { "metrics[1].name", Pump with { Metrics = [Pump.Metrics[0], Pump.Metrics[0]] } },
        { "metrics[0].alarms.warningHigh", Pump with { Metrics = [Pump.Metrics[0] with { Alarms = new AlarmThresholds(WarningHigh: 12, CriticalHigh: 11) }, .. Pump.Metrics[1..]] } },
        { "degradation.weibullShape", Pump with { Degradation = Pump.Degradation with { WeibullShape = double.NaN } } },
        { "degradation.ageScaleDays", Pump with { Degradation = Pump.Degradation with { AgeScaleDays = 0 } } },
        { "degradation.usageCounter", Pump with { Degradation = Pump.Degradation with { UsageCounter = "vibration" } } },
        { "degradation.wearMetric", Pump with { Degradation = Pump.Degradation with { WearMetric = "hours" } } },
        { "degradation.wearSmoothing", Pump with { Degradation = Pump.Degradation with { WearSmoothing = 0 } } },
        { "costs", Pump with { Costs = Pump.Costs with { ReplacementCost = -1 } } },
    };

    [Theory]
    [MemberData(nameof(BadClasses))]
    public void ABadClassIsRefusedNamingTheField(string field, AssetClassDefinition definition)
    {
        var error = DefinitionRules.ValidateClass(definition);

        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        Assert.Equal(field, error.Field);
    }

    private static readonly AssetRegistration Registration = new("pump-1", "pump.test", "plant-a/line-1", InitialStage: LifecycleStage.InService);

    public static TheoryData<string, AssetRegistration> BadRegistrations() => new()
    {
        { "id", Registration with { Id = "has space" } },
        { "classId", Registration with { ClassId = "" } },
        { "sitePath", Registration with { SitePath = "plant-a//line-1" } },
        { "parentAssetId", Registration with { ParentAssetId = "pump-1" } },
        { "acquisitionCost", Registration with { AcquisitionCost = -5 } },
        { "criticality", Registration with { Criticality = 9 } },
        { "initialStage", Registration with { InitialStage = LifecycleStage.Disposed } },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public void ABadRegistrationIsRefusedNamingTheField(string field, AssetRegistration registration) =>
        Assert.Equal(field, DefinitionRules.ValidateRegistration(registration)?.Field);

    [Fact]
    public void AWellFormedRegistrationIsAccepted() => Assert.Null(DefinitionRules.ValidateRegistration(Registration));
}
