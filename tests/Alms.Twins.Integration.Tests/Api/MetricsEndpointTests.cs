namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class MetricsEndpointTests(ApiHostFixture host)
{
    [Fact]
    public async Task PrometheusEndpointServesOrleansAndTheProjectsOwnMeters()
    {
        // Registering a twin activates it, so the project's twins-active gauge has a value to export.
        var pumpClass = ApiTestData.PumpClass();
        await host.Client.DefineAssetClassAsync(pumpClass);
        await host.Client.RegisterAssetAsync(ApiTestData.Pump(pumpClass.Id));

        var text = await Poll.UntilAsync(
            () => host.Http.GetStringAsync("/metrics"),
            body => body.Contains("alms_twins_active", StringComparison.Ordinal) && body.Contains("orleans_", StringComparison.Ordinal));

        Assert.Contains("alms_twins_checkpoints_total", text, StringComparison.Ordinal);
    }
}
