using System.Net;
using System.Text;
using Alms.Twins.Api;
using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class TransitionApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task ALegalTransitionMovesTheAssetAndRecordsWhoAndWhy()
    {
        var id = await RegisterAsync(LifecycleStage.InService);

        var snapshot = await host.Client.TransitionAsync(id, new TransitionBody(LifecycleStage.UnderMaintenance, "bearing noise", "j.doe"));

        Assert.Equal(LifecycleStage.UnderMaintenance, snapshot.Stage);
        var transition = Assert.Single(snapshot.RecentTransitions);
        Assert.Equal((LifecycleStage.InService, LifecycleStage.UnderMaintenance), (transition.From, transition.To));
        Assert.Equal(("bearing noise", "j.doe"), (transition.Reason, transition.Actor));
    }

    [Fact]
    public async Task AnIllegalTransitionIsAConflictNamingToAndTheStagesAllowed()
    {
        var id = await RegisterAsync(LifecycleStage.Planned);

        var error = await ProblemAssert.FailsAsync(
            () => host.Client.TransitionAsync(id, new TransitionBody(LifecycleStage.InService, "skip acquisition")),
            HttpStatusCode.Conflict,
            "to");

        var reason = Assert.Single(error.ReasonsFor("to"));
        Assert.Contains("Planned", reason, StringComparison.Ordinal);
        Assert.Contains("InService", reason, StringComparison.Ordinal);
        Assert.Contains(nameof(LifecycleStage.Acquired), reason, StringComparison.Ordinal);
        Assert.Equal(LifecycleStage.Planned, (await host.Client.GetAssetAsync(id)).Stage);
    }

    [Fact]
    public async Task ATransitionOfAnUnknownAssetIsNotFound()
    {
        await ProblemAssert.FailsAsync(
            () => host.Client.TransitionAsync(ApiTestData.UniqueId("missing"), new TransitionBody(LifecycleStage.Acquired, "delivered")),
            HttpStatusCode.NotFound,
            "id");
    }

    [Fact]
    public async Task ABlankReasonIsRejectedNamingReason()
    {
        var id = await RegisterAsync(LifecycleStage.Planned);

        await ProblemAssert.FailsAsync(
            () => host.Client.TransitionAsync(id, new TransitionBody(LifecycleStage.Acquired, "   ")), HttpStatusCode.BadRequest, "reason");
    }

    [Theory]
    [InlineData("""{"to":"Acquired"}""", "reason")]
    [InlineData("""{"reason":"delivered"}""", "to")]
    [InlineData("""{"to":"Teleported","reason":"delivered"}""", "to")]
    [InlineData("""{"to":1,"reason":"delivered"}""", "to")]
    [InlineData("""{"to":"Acquired","reason":null}""", "reason")]
    public async Task AMalformedTransitionBodyIsRejectedNamingTheField(string json, string field)
    {
        var id = await RegisterAsync(LifecycleStage.Planned);

        using var response = await host.Http.PostAsync(
            $"api/assets/{id}/transitions", new StringContent(json, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task AnUnknownTargetStageIsRejectedListingTheStages()
    {
        var id = await RegisterAsync(LifecycleStage.Planned);

        using var response = await host.Http.PostAsync(
            $"api/assets/{id}/transitions", new StringContent("""{"to":"Teleported","reason":"r"}""", Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "to");
        Assert.All(Enum.GetNames<LifecycleStage>(), stage => Assert.Contains(stage, problem.Errors["to"][0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task StageNamesInTheBodyAreReadInAnyCase()
    {
        var id = await RegisterAsync(LifecycleStage.Planned);

        using var response = await host.Http.PostAsync(
            $"api/assets/{id}/transitions", new StringContent("""{"to":"acquired","reason":"delivered"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LifecycleStage.Acquired, (await host.Client.GetAssetAsync(id)).Stage);
    }

    [Fact]
    public async Task ARepeatedRequestIdIsAppliedOnce()
    {
        var id = await RegisterAsync(LifecycleStage.InService);
        var body = new TransitionBody(LifecycleStage.Standby, "low demand", RequestId: Guid.NewGuid().ToString());

        await host.Client.TransitionAsync(id, body);
        var repeated = await host.Client.TransitionAsync(id, body);

        Assert.Equal(LifecycleStage.Standby, repeated.Stage);
        Assert.Single(repeated.RecentTransitions);
    }

    [Fact]
    public async Task TheAuditTrailHoldsTheRegistrationAndEachTransitionInOrder()
    {
        var id = await RegisterAsync(LifecycleStage.Planned);
        await host.Client.TransitionAsync(id, new TransitionBody(LifecycleStage.Acquired, "delivered", "stores"));
        await host.Client.TransitionAsync(id, new TransitionBody(LifecycleStage.InService, "commissioned", "site lead"));

        var trail = await host.Client.GetAuditTrailAsync(id);
        var limited = await host.Client.GetAuditTrailAsync(id, limit: 2);

        Assert.Equal(["registered", "transition", "transition"], trail.Select(auditEvent => auditEvent.Kind));
        Assert.Equal(["system", "stores", "site lead"], trail.Select(auditEvent => auditEvent.Actor));
        Assert.All(trail, auditEvent => Assert.Equal(id, auditEvent.AssetId));
        Assert.Equal(2, limited.Length);
    }

    [Fact]
    public async Task TheAuditTrailOfAnUnknownAssetIsNotFoundAndABadLimitIsRejected()
    {
        var id = await RegisterAsync(LifecycleStage.Planned);

        await ProblemAssert.FailsAsync(() => host.Client.GetAuditTrailAsync(ApiTestData.UniqueId("missing")), HttpStatusCode.NotFound, "id");
        await ProblemAssert.FailsAsync(() => host.Client.GetAuditTrailAsync(id, limit: 0), HttpStatusCode.BadRequest, "limit");
    }

    private async Task<string> RegisterAsync(LifecycleStage stage)
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var registration = ApiTestData.Pump(pumpClass.Id, stage: stage);
        await host.Client.RegisterAssetAsync(registration);
        return registration.Id;
    }
}
