using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Orleans.Storage;

namespace Alms.Twins.Silo.Storage;

/// <summary>
/// The storage serializer for every grain state, in memory and in PostgreSQL: System.Text.Json with
/// camelCase property names, enums written by name and no .NET type names in the payload.
/// </summary>
/// <remarks>
/// A stored row therefore depends only on JSON property names, not on the CLR type that wrote it:
/// state classes can be renamed or moved between namespaces without breaking existing rows, and a
/// property rename is the only change that needs a data migration. Dictionary keys are data and keep
/// their spelling.
/// </remarks>
public sealed class SystemTextJsonGrainStorageSerializer : IGrainStorageSerializer
{
    private readonly JsonSerializerOptions _options;

    public SystemTextJsonGrainStorageSerializer()
        : this(Options)
    {
    }

    public SystemTextJsonGrainStorageSerializer(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The options that define the stored JSON form. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, _options));

    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // A stored JSON null comes back as default(T); the storage provider then creates a fresh state.
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, _options)!;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

            // Reliability figures can legitimately be infinite (e.g. a mean time to failure with no failures).
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };

        // Enum members by their declared names; numbers are refused so a reordered enum cannot be misread.
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
