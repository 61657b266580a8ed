namespace Alms.Twins.Silo.Hosting;

/// <summary>Cluster settings (bound from <c>Alms:Cluster</c>).</summary>
public sealed class AlmsClusterOptions
{
    public const string Section = "Alms:Cluster";

    public string ClusterId { get; set; } = "alms";

    public string ServiceId { get; set; } = "alms-twins";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos use to reach this one; loopback for a single machine.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}

/// <summary>Storage settings. The PostgreSQL connection string (<c>ConnectionStrings:AlmsPostgres</c>) selects PostgreSQL mode.</summary>
public sealed class AlmsStorageOptions
{
    public const string Section = "Alms:Storage";

    /// <summary>Apply the migration at start (PostgreSQL mode only).</summary>
    public bool MigrateOnStart { get; set; }
}
