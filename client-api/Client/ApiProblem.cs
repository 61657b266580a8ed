using System.Collections.Immutable;
using System.Text.Json;
using Alms.Twins.Api;

namespace Alms.Twins.Client;

/// <summary>An RFC 7807 problem answered by the API, with the fields at fault and their reasons.</summary>
/// <param name="Errors">Reasons by field, e.g. <c>readings[3].value</c> → <c>["is not valid JSON …"]</c>.</param>
/// <param name="Body">The whole problem document, for extension members such as <c>rejections</c>.</param>
public sealed record ApiProblem(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    ImmutableDictionary<string, ImmutableArray<string>> Errors,
    JsonElement Body)
{
    private static readonly JsonSerializerOptions Json = AlmsJson.CreateOptions();

    /// <summary>The extension member <paramref name="name"/> read as <typeparamref name="T"/>, or default when absent.</summary>
    public T? GetExtension<T>(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value)
            ? value.Deserialize<T>(Json)
            : default;

    /// <summary>Reads a problem from an error response; null when the body is not a JSON object.</summary>
    public static async Task<ApiProblem?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? FromJson(document.RootElement.Clone()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a problem from its JSON document.</summary>
    public static ApiProblem FromJson(JsonElement body)
    {
        var errors = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (body.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(reason => reason.ToString())]
                    : [field.Value.ToString()];
            }
        }

        return new ApiProblem(
            Text(body, "type"),
            Text(body, "title"),
            body.TryGetProperty("status", out var status) && status.TryGetInt32(out var code) ? code : null,
            Text(body, "detail"),
            errors.ToImmutable(),
            body);
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
