using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Api;

/// <summary>Body of <c>POST /api/assets/{id}/transitions</c>.</summary>
/// <param name="To">The stage to move to.</param>
/// <param name="Reason">Why the asset moves; required and not blank, it goes to the audit trail.</param>
/// <param name="Actor">Who moves it; <c>api</c> when not given.</param>
/// <param name="RequestId">Makes the call idempotent: a repeated id returns the first outcome.</param>
public sealed record TransitionBody(LifecycleStage To, string Reason, string? Actor = null, string? RequestId = null);

/// <summary>Body of <c>POST /api/telemetry</c>: a batch of readings, possibly for many assets.</summary>
public sealed record TelemetryPost(ImmutableArray<TelemetryReading> Readings);

/// <summary>Optional body of <c>POST /api/asset-classes/{id}/fit</c>.</summary>
/// <param name="Confidence">Two-sided confidence level of the fitted parameters' bounds; 0.9 when not given.</param>
/// <param name="Actor">Who installs the fitted model; <c>api</c> when not given.</param>
public sealed record ClassFitBody(double? Confidence = null, string? Actor = null);

/// <summary>Answer of <c>GET /health</c>.</summary>
/// <param name="Status"><c>healthy</c> when the cluster answered a grain call.</param>
/// <param name="Storage"><c>memory</c> (state is lost at shutdown) or <c>postgresql</c>.</param>
public sealed record HealthReport(string Status, string Storage, DateTimeOffset CheckedAt);
