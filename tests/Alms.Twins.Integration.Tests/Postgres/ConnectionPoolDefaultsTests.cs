using Alms.Twins.Silo.Storage;
using Npgsql;

namespace Alms.Twins.Integration.Tests.Postgres;

public sealed class ConnectionPoolDefaultsTests
{
    [Fact]
    public void ASiloCapsItsPoolsBelowTheServersDefaultConnectionLimit()
    {
        var capped = PostgresSiloExtensions.WithDefaultPoolSize("Host=127.0.0.1;Username=alms;Database=x", PostgresSiloExtensions.ProviderPoolSize);

        Assert.Equal(PostgresSiloExtensions.ProviderPoolSize, new NpgsqlConnectionStringBuilder(capped).MaxPoolSize);
        Assert.True(2 * (PostgresSiloExtensions.ProviderPoolSize + PostgresSiloExtensions.AuditPoolSize) < 100);
    }

    [Theory]
    [InlineData("Host=h;Maximum Pool Size=7")]
    [InlineData("Host=h;MaxPoolSize=7")]
    [InlineData("host=h;maximum pool size=7")]
    public void AnExplicitPoolSizeIsKept(string connectionString) =>
        Assert.Equal(7, new NpgsqlConnectionStringBuilder(PostgresSiloExtensions.WithDefaultPoolSize(connectionString, 30)).MaxPoolSize);
}
