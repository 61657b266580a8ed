using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alms.Twins.Api;

/// <summary>
/// The JSON conventions of the HTTP API, shared by the server and <see cref="Client.AlmsClient"/> so both
/// read and write the same shapes: camelCase names, enums as their names, and strict required/nullable checks
/// so that a missing or null required field is a 400 rather than a default value.
/// </summary>
public static class AlmsJson
{
    /// <summary>Applies the API's conventions to <paramref name="options"/> (typically the web defaults).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;

        // Numbers must be JSON numbers: a quoted "12.5" or "NaN" is refused, so a value is never guessed.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        return options;
    }

    /// <summary>Fresh options with the web defaults and the API's conventions.</summary>
    public static JsonSerializerOptions CreateOptions() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
