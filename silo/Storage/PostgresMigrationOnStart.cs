using Npgsql;

namespace Alms.Twins.Silo.Storage;

/// <summary>
/// Migrates the PostgreSQL schema as the silo's first start-up step, before the membership, storage
/// and reminder providers read their queries. Opt-in: production deployments usually run the
/// <c>migrate</c> verb once instead. Silos starting together take turns on the migration lock.
/// </summary>
internal sealed class PostgresMigrationOnStart : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresMigrator> _logger;

    public PostgresMigrationOnStart(NpgsqlDataSource dataSource, ILogger<PostgresMigrator> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(logger);
        _dataSource = dataSource;
        _logger = logger;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresMigrationOnStart), ServiceLifecycleStage.First, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken) =>
        await new PostgresMigrator(_dataSource, _logger).MigrateAsync(cancellationToken);
}
