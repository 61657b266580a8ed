using Alms.Twins.Api;
using Alms.Twins.Assets;
using Alms.Twins.Fleet;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>Validation of the listing's query values, without a host.</summary>
public sealed class AssetListRequestTests
{
    [Fact]
    public void DefaultsApplyWhenNothingIsGiven()
    {
        var request = AssetListRequest.Parse(null, null, null, null, null, out var errors);

        Assert.Empty(errors);
        Assert.Equal(new AssetListRequest(new(), 1, AssetListRequest.DefaultPageSize), request);
    }

    [Fact]
    public void BlankFiltersAreNoFiltersAndValuesAreTrimmed()
    {
        var request = AssetListRequest.Parse("  ", " plant-a ", " standby ", 2, 10, out _);

        Assert.Equal(new AssetQuery(null, "plant-a", LifecycleStage.Standby), request?.Query);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("In Service")]
    public void OnlyStageNamesAreTaken(string stage)
    {
        var request = AssetListRequest.Parse(null, null, stage, null, null, out var errors);

        Assert.Null(request);
        Assert.Contains("InService", Assert.Single(errors["stage"]), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadValueIsReportedAtOnce()
    {
        var request = AssetListRequest.Parse(null, null, "gone", 0, 0, out var errors);

        Assert.Null(request);
        Assert.Equal(["page", "pageSize", "stage"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(100, 1000, true)]
    [InlineData(101, 1000, false)]
    [InlineData(int.MaxValue, 1000, false)]
    public void PagingDepthIsBounded(int page, int pageSize, bool accepted)
    {
        var request = AssetListRequest.Parse(null, null, null, page, pageSize, out var errors);

        Assert.Equal(accepted, request is not null);
        Assert.Equal(accepted, !errors.ContainsKey("page"));
    }
}
