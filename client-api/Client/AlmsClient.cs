using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alms.Twins.Api;
using Alms.Twins.Assets;
using Alms.Twins.Audit;
using Alms.Twins.Fleet;
using Alms.Twins.Reliability;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Client;

/// <summary>
/// A typed client of the Alms.Twins HTTP API. Every call returns the contract records; an error answer raises
/// <see cref="AlmsApiException"/> with the status and the problem's field errors.
/// </summary>
public sealed class AlmsClient
{
    // Non-finite values are sent as "NaN"/"Infinity" rather than refused here: the server is the one that validates.
    private static readonly JsonSerializerOptions Json = new(AlmsJson.CreateOptions())
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly HttpClient _http;

    /// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is the API's root, ending in <c>/</c>.</param>
    public AlmsClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.BaseAddress is not { } root || !root.AbsolutePath.EndsWith('/'))
        {
            // Relative paths resolve against the base address; without the final slash its last segment would be dropped.
            throw new ArgumentException("BaseAddress must be set to the API's root and end with '/', e.g. http://127.0.0.1:5080/.", nameof(http));
        }

        _http = http;
    }

    /// <summary>The host's health; a 503 (cluster not answering) raises.</summary>
    public Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken = default) =>
        GetAsync<HealthReport>("health", cancellationToken);

    /// <summary>The OpenAPI document, as served.</summary>
    public async Task<string> GetOpenApiDocumentAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(new Uri("openapi/v1.json", UriKind.Relative), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public Task<WriteOutcome<AssetClassDefinition>> DefineAssetClassAsync(
        AssetClassDefinition definition, CancellationToken cancellationToken = default) =>
        WriteAsync("api/asset-classes", definition, cancellationToken);

    public Task<AssetClassDefinition> GetAssetClassAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<AssetClassDefinition>($"api/asset-classes/{Uri.EscapeDataString(id)}", cancellationToken);

    public Task<ImmutableArray<AssetClassDefinition>> ListAssetClassesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ImmutableArray<AssetClassDefinition>>("api/asset-classes", cancellationToken);

    /// <summary>Registers an asset; <see cref="WriteOutcome{T}.Created"/> is false when the identical registration was repeated.</summary>
    public Task<WriteOutcome<AssetSnapshot>> RegisterAssetAsync(AssetRegistration registration, CancellationToken cancellationToken = default) =>
        WriteAsync<AssetRegistration, AssetSnapshot>("api/assets", registration, cancellationToken);

    public Task<AssetSnapshot> GetAssetAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<AssetSnapshot>(AssetPath(id), cancellationToken);

    /// <summary>One page of assets ordered by id; null filters and paging values are left to the server's defaults.</summary>
    public Task<AssetPage> ListAssetsAsync(
        string? classId = null,
        string? site = null,
        LifecycleStage? stage = null,
        int? page = null,
        int? pageSize = null,
        CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        Append(query, "class", classId);
        Append(query, "site", site);
        Append(query, "stage", stage?.ToString());
        Append(query, "page", page?.ToString(CultureInfo.InvariantCulture));
        Append(query, "pageSize", pageSize?.ToString(CultureInfo.InvariantCulture));
        var path = query.Count == 0 ? "api/assets" : $"api/assets?{string.Join('&', query)}";
        return GetAsync<AssetPage>(path, cancellationToken);
    }

    /// <summary>Probability that the asset fails within <paramref name="horizonDays"/> days (server default, a year, when null).</summary>
    public Task<FailureProbability> GetFailureProbabilityAsync(string id, double? horizonDays = null, CancellationToken cancellationToken = default) =>
        GetAsync<FailureProbability>(
            horizonDays is null
                ? $"{AssetPath(id)}/failure-probability"
                : $"{AssetPath(id)}/failure-probability?horizonDays={horizonDays.Value.ToString("R", CultureInfo.InvariantCulture)}",
            cancellationToken);

    /// <summary>The asset's failure ages and current age.</summary>
    public Task<AssetLifeHistory> GetLifeHistoryAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<AssetLifeHistory>($"{AssetPath(id)}/life-history", cancellationToken);

    /// <summary>The asset's audit trail, oldest first, at most <paramref name="limit"/> events (server default when null).</summary>
    public Task<ImmutableArray<AuditEvent>> GetAuditTrailAsync(string id, int? limit = null, CancellationToken cancellationToken = default) =>
        GetAsync<ImmutableArray<AuditEvent>>(
            limit is null ? $"{AssetPath(id)}/audit" : $"{AssetPath(id)}/audit?limit={limit.Value.ToString(CultureInfo.InvariantCulture)}",
            cancellationToken);

    /// <summary>Moves an asset to another stage; an illegal move raises with status 409 and the field <c>to</c>.</summary>
    public Task<AssetSnapshot> TransitionAsync(string id, TransitionBody transition, CancellationToken cancellationToken = default) =>
        PostAsync<TransitionBody, AssetSnapshot>($"{AssetPath(id)}/transitions", transition, cancellationToken);

    /// <summary>
    /// Posts readings. Rejected readings are reported in the result; with <paramref name="allOrNothing"/> any rejection
    /// refuses the whole batch (status 422, the rejections in the problem's <c>rejections</c> member).
    /// </summary>
    public Task<IngestResult> IngestTelemetryAsync(
        IEnumerable<TelemetryReading> readings, bool allOrNothing = false, CancellationToken cancellationToken = default) =>
        PostAsync<TelemetryPost, IngestResult>(
            allOrNothing ? "api/telemetry?allOrNothing=true" : "api/telemetry", new TelemetryPost([.. readings]), cancellationToken);

    /// <summary>Fits life distributions to posted failure and suspension times.</summary>
    public Task<LifeFitResponse> FitLifeDataAsync(LifeFitRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<LifeFitRequest, LifeFitResponse>("api/reliability/fit", request, cancellationToken);

    /// <summary>Reliability-growth analysis of recurrent failures.</summary>
    public Task<GrowthResponse> AnalyseGrowthAsync(GrowthRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<GrowthRequest, GrowthResponse>("api/reliability/growth", request, cancellationToken);

    /// <summary>Fits the class's life model from its twins and installs it; the answer carries the new definition.</summary>
    public Task<ClassFitResponse> FitAssetClassAsync(string classId, ClassFitBody? options = null, CancellationToken cancellationToken = default) =>
        PostAsync<ClassFitBody, ClassFitResponse>(
            $"api/asset-classes/{Uri.EscapeDataString(classId)}/fit", options ?? new ClassFitBody(), cancellationToken);

    public Task<FleetSummary> GetFleetSummaryAsync(CancellationToken cancellationToken = default) =>
        GetAsync<FleetSummary>("api/fleet/summary", cancellationToken);

    private static string AssetPath(string id) => $"api/assets/{Uri.EscapeDataString(id)}";

    private static void Append(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private async Task<TResult> PostAsync<TBody, TResult>(string path, TBody body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json, cancellationToken);
        return await ReadAsync<TResult>(response, cancellationToken);
    }

    private Task<WriteOutcome<T>> WriteAsync<T>(string path, T body, CancellationToken cancellationToken) =>
        WriteAsync<T, T>(path, body, cancellationToken);

    private async Task<WriteOutcome<TResult>> WriteAsync<TBody, TResult>(string path, TBody body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json, cancellationToken);
        var value = await ReadAsync<TResult>(response, cancellationToken);
        return new WriteOutcome<TResult>(value, response.StatusCode == HttpStatusCode.Created, response.Headers.Location);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
        return value ?? throw new JsonException($"{Describe(response)} answered {(int)response.StatusCode} with an empty body.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var problem = await ApiProblem.ReadAsync(response, cancellationToken);
            throw new AlmsApiException(response.StatusCode, problem, Describe(response));
        }
    }

    private static string Describe(HttpResponseMessage response) =>
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";
}
