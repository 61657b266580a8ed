using System.Net;
using System.Text;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>
/// In the Development environment the host's developer exception page sees exceptions before the API's
/// handler; problems must still name the field at fault.
/// </summary>
public sealed class DevelopmentHostTests : IAsyncLifetime
{
    private readonly ApiHostFixture _host = new("Development");

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task ABodyThatDoesNotBindStillNamesTheField()
    {
        using var response = await _host.Http.PostAsync(
            "api/telemetry",
            new StringContent("""{"readings":[{"assetId":"a","metric":"m","value":NaN}]}""", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "readings[0].value");
    }
}
