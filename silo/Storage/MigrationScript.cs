using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Alms.Twins.Silo.Storage;

/// <summary>
/// One embedded schema script (<c>Storage/Sql/NNNN_name.sql</c>). Scripts run in ascending
/// <see cref="Version"/> order and each one runs at most once per database schema.
/// </summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Alms.Twins.Silo.Storage.Sql.";

    /// <summary>SHA-256 of the script text, recorded when applied so later edits can be noticed.</summary>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>The scripts embedded in this assembly, in the order they must run.</summary>
    public static IReadOnlyList<MigrationScript> Embedded { get; } = Load(typeof(MigrationScript).Assembly);

    private static MigrationScript[] Load(Assembly assembly)
    {
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => FromResource(assembly, name))
            .OrderBy(script => script.Version)
            .ToArray();

        var duplicate = scripts.GroupBy(script => script.Version).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Schema scripts {string.Join(", ", duplicate.Select(s => s.Name))} share version {duplicate.Key}.");
        }

        return scripts;
    }

    private static MigrationScript FromResource(Assembly assembly, string resourceName)
    {
        var name = resourceName[ResourcePrefix.Length..];
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0
            || !int.TryParse(name.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException(
                $"Schema script '{name}' must be named NNNN_description.sql with a numeric version prefix.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded schema script '{resourceName}' could not be opened.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new MigrationScript(version, name, reader.ReadToEnd());
    }
}
