namespace Alms.Twins.Audit;

/// <summary>One entry of the audit trail: a command that changed an asset's master data, stage or costs.</summary>
/// <param name="Kind">What happened, e.g. <c>registered</c>, <c>transition</c>.</param>
/// <param name="Detail">The command's data as JSON.</param>
[GenerateSerializer, Immutable, Alias("alms.AuditEvent")]
public sealed record AuditEvent(
    [property: Id(0)] string AssetId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Actor,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Detail);
