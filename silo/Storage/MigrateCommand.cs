using Npgsql;

namespace Alms.Twins.Silo.Storage;

/// <summary>The silo's <c>migrate</c> verb: applies the PostgreSQL schema scripts and exits.</summary>
internal static class MigrateCommand
{
    /// <summary>Exit code when the schema is current after the run.</summary>
    public const int Succeeded = 0;

    /// <summary>Exit code when the database could not be migrated.</summary>
    public const int Failed = 1;

    /// <summary>Exit code when no connection string was configured.</summary>
    public const int NotConfigured = 2;

    public static async Task<int> RunAsync(string? connectionString, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await output.WriteLineAsync(
                $"migrate: no connection string; set {PostgresSiloExtensions.ConnectionStringKey} " +
                $"(environment variable ConnectionStrings__{PostgresSiloExtensions.ConnectionStringName}).");
            return NotConfigured;
        }

        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var result = await new PostgresMigrator(dataSource).MigrateAsync(cancellationToken);
            foreach (var script in result.Applied)
            {
                await output.WriteLineAsync($"migrate: applied {script.Name}");
            }

            await output.WriteLineAsync(result.NothingToDo
                ? $"migrate: schema {result.Schema} already at version {result.Version}; nothing to do."
                : $"migrate: schema {result.Schema} now at version {result.Version}.");
            return Succeeded;
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            await output.WriteLineAsync($"migrate: failed: {exception.Message}");
            return Failed;
        }
    }
}
