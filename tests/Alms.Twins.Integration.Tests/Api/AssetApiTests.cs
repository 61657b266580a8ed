using System.Net;
using System.Text;
using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AssetApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task RegisteringAnAssetAnswersCreatedWithItsLocationAndSnapshot()
    {
        var pumpClass = await DefineClassAsync();
        var registration = ApiTestData.Pump(pumpClass.Id);

        var outcome = await host.Client.RegisterAssetAsync(registration);

        Assert.True(outcome.Created);
        Assert.Equal($"/api/assets/{registration.Id}", outcome.Location?.OriginalString);
        Assert.Equal(registration.Id, outcome.Value.Master.Id);
        Assert.Equal(LifecycleStage.InService, outcome.Value.Stage);
    }

    [Fact]
    public async Task RepeatingTheIdenticalRegistrationAnswersOk()
    {
        var pumpClass = await DefineClassAsync();
        var registration = ApiTestData.Pump(pumpClass.Id);
        await host.Client.RegisterAssetAsync(registration);

        var again = await host.Client.RegisterAssetAsync(registration);

        Assert.False(again.Created);
        Assert.Equal(registration.Id, again.Value.Master.Id);
    }

    [Fact]
    public async Task RepeatingARegistrationThatLeftTheInstallDateToTheTwinAnswersOk()
    {
        var pumpClass = await DefineClassAsync();
        var registration = ApiTestData.Pump(pumpClass.Id) with { InstallDate = null };
        var first = await host.Client.RegisterAssetAsync(registration);

        var again = await host.Client.RegisterAssetAsync(registration);

        Assert.True(first.Created);
        Assert.False(again.Created);
    }

    [Fact]
    public async Task ADifferentRegistrationForARegisteredIdIsAConflict()
    {
        var pumpClass = await DefineClassAsync();
        var registration = ApiTestData.Pump(pumpClass.Id);
        await host.Client.RegisterAssetAsync(registration);

        await ProblemAssert.FailsAsync(
            () => host.Client.RegisterAssetAsync(registration with { SitePath = "plant-b" }), HttpStatusCode.Conflict, "id");
    }

    [Fact]
    public async Task AnUnknownClassInTheBodyIsABadRequestNamingClassId()
    {
        var registration = ApiTestData.Pump(ApiTestData.UniqueId("no-such-class"));

        await ProblemAssert.FailsAsync(() => host.Client.RegisterAssetAsync(registration), HttpStatusCode.BadRequest, "classId");
    }

    [Fact]
    public async Task AnOutOfRangeCriticalityIsRejectedNamingIt()
    {
        var pumpClass = await DefineClassAsync();
        var registration = ApiTestData.Pump(pumpClass.Id) with { Criticality = 9 };

        await ProblemAssert.FailsAsync(() => host.Client.RegisterAssetAsync(registration), HttpStatusCode.BadRequest, "criticality");
    }

    [Fact]
    public async Task ARegisteredAssetCanBeReadBack()
    {
        var pumpClass = await DefineClassAsync();
        var registration = ApiTestData.Pump(pumpClass.Id);
        await host.Client.RegisterAssetAsync(registration);

        var snapshot = await host.Client.GetAssetAsync(registration.Id);

        Assert.Equal(registration.SitePath, snapshot.Master.SitePath);
        Assert.Equal("Acme", snapshot.Master.Manufacturer);
        Assert.InRange(snapshot.Health.HealthIndex, 0, 100);
        Assert.InRange(snapshot.Health.FailureProbability365Days, 0, 1);
        Assert.NotNull(snapshot.Health.RemainingLife);
    }

    [Fact]
    public async Task AnUnknownAssetIsNotFoundNamingTheId()
    {
        await ProblemAssert.FailsAsync(() => host.Client.GetAssetAsync(ApiTestData.UniqueId("missing")), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task ARegistrationWithoutASitePathIsRejectedNamingTheMissingField()
    {
        using var response = await PostJsonAsync("api/assets", $$"""{"id":"{{ApiTestData.UniqueId("asset")}}","classId":"pump"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "sitePath");
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("has spaces")]
    public async Task AnUnusableAssetIdIsRejectedNamingIt(string id)
    {
        var pumpClass = await DefineClassAsync();

        await ProblemAssert.FailsAsync(
            () => host.Client.RegisterAssetAsync(ApiTestData.Pump(pumpClass.Id, id: id)), HttpStatusCode.BadRequest, "id");
    }

    [Fact]
    public async Task ANullClassIdIsRejectedNamingIt()
    {
        using var response = await PostJsonAsync("api/assets", $$"""{"id":"{{ApiTestData.UniqueId("asset")}}","classId":null,"sitePath":"plant-a"}""");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "classId");
        Assert.Contains("null", problem.Errors["classId"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownInitialStageIsRejectedNamingIt()
    {
        using var response = await PostJsonAsync(
            "api/assets", $$"""{"id":"{{ApiTestData.UniqueId("asset")}}","classId":"pump","sitePath":"plant-a","initialStage":"Broken"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "initialStage");
    }

    private async Task<AssetClassDefinition> DefineClassAsync() =>
        (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        host.Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
