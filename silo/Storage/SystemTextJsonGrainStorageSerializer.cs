using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace Alms.Twins.Silo.Storage;

/// <summary>
/// The storage serializer for every grain state, in memory and in PostgreSQL: System.Text.Json with
/// camelCase names and enums as strings, and no .NET type names in the payload, so moving or renaming
/// a state class does not orphan stored rows. JSON property names are the storage contract.
/// </summary>
public sealed class SystemTextJsonGrainStorageSerializer : IGrainStorageSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public BinaryData Serialize<T>(T? input) => BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
        ?? throw new InvalidOperationException($"stored {typeof(T).Name} is null");
}
