using Alms.Twins.Silo.Storage;

namespace Alms.Twins.Silo.Hosting;

/// <summary>Says at start, loudly, whether state is kept.</summary>
internal sealed partial class StorageModeBanner(IConfiguration configuration, ILogger<StorageModeBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetConnectionString(PostgresSiloExtensions.ConnectionStringName) is null)
        {
            LogEmbedded();
        }
        else
        {
            LogPostgres();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "EMBEDDED MODE: grain state, the directory and the audit trail are held in memory and are LOST when this silo stops. " +
        "Set ConnectionStrings:AlmsPostgres (env ConnectionStrings__AlmsPostgres) to keep state in PostgreSQL.")]
    private partial void LogEmbedded();

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL mode: clustering, grain state, reminders and the audit trail are kept in PostgreSQL.")]
    private partial void LogPostgres();
}
