using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alms.Twins.Api;

/// <summary>
/// Turns a <see cref="JsonException"/> raised while reading a body into field errors: the JSON path becomes the
/// field (<c>$.readings[3].value</c> → <c>readings[3].value</c>) and the reason says what the field expects,
/// found by walking the path through the body type's JSON contract.
/// </summary>
public static partial class JsonErrorFields
{
    /// <summary>Field errors describing <paramref name="exception"/>, raised reading a <paramref name="bodyType"/> with <paramref name="options"/>.</summary>
    public static Dictionary<string, string[]> From(JsonException exception, Type? bodyType = null, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var location = FieldOf(exception.Path);
        var message = exception.Message;

        // A missing required property is reported on its parent object; name each missing property instead.
        var missing = MissingProperties().Match(message);
        if (missing.Success)
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (Match name in QuotedName().Matches(missing.Groups["names"].Value))
            {
                errors[Join(location, name.Groups["name"].Value)] = ["is required"];
            }

            if (errors.Count > 0)
            {
                return errors;
            }
        }

        var fieldType = bodyType is null || options is null ? null : TypeAt(exception.Path, bodyType, options);
        return new Dictionary<string, string[]>(StringComparer.Ordinal) { [location ?? ApiProblems.BodyField] = [ReasonOf(exception, fieldType)] };
    }

    /// <summary>What a value of <paramref name="type"/> must look like in JSON.</summary>
    public static string Expectation(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return $"must be one of {string.Join(", ", Enum.GetNames(type))}";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Double or TypeCode.Single => "must be a finite JSON number (NaN and Infinity are not JSON numbers)",
            TypeCode.Decimal => "must be a JSON number",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => "must be a whole JSON number",
            TypeCode.Boolean => "must be true or false",
            TypeCode.String => "must be a JSON string",
            TypeCode.DateTime => "must be an ISO 8601 date and time, e.g. 2026-01-01T00:00:00Z",
            _ when type == typeof(DateTimeOffset) => "must be an ISO 8601 date and time with an offset, e.g. 2026-01-01T00:00:00Z",
            _ when type == typeof(TimeSpan) => "must be a duration such as 00:30:00",
            _ => "must be a JSON object or array of the documented shape",
        };
    }

    private static string ReasonOf(JsonException exception, Type? fieldType)
    {
        var message = exception.Message;
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return "must not be null";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return fieldType is not null
                ? Expectation(fieldType)
                : exception.InnerException is { } inner ? $"has the wrong type: {Trim(inner.Message)}" : "is not a valid value for this field";
        }

        // The reader refused the text itself (a NaN literal, a truncated document).
        var text = Trim(message);
        return fieldType is not null && fieldType != typeof(object)
            ? $"is not valid JSON ({text}); {Expectation(fieldType)}"
            : $"is not valid JSON: {text}";
    }

    /// <summary>The declared type at <paramref name="path"/> inside <paramref name="root"/>, or null when the path leaves the contract.</summary>
    private static Type? TypeAt(string? path, Type root, JsonSerializerOptions options)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            var info = options.GetTypeInfo(root);
            foreach (Match segment in PathSegment().Matches(path))
            {
                Type? next;
                if (segment.Groups["index"].Success)
                {
                    next = info.ElementType;
                }
                else
                {
                    var name = segment.Groups["name"].Value;
                    next = info.Properties.FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
                }

                if (next is null)
                {
                    return null;
                }

                info = options.GetTypeInfo(next);
            }

            return info.Type;
        }
        catch (NotSupportedException)
        {
            // A type the serializer cannot describe: fall back to the serializer's own message.
            return null;
        }
    }

    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string Join(string? parent, string name) => parent is null ? name : $"{parent}.{name}";

    private static string Trim(string message)
    {
        var cut = PositionSuffix().Match(message);
        return (cut.Success ? message[..cut.Index] : message).Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"missing required properties including: (?<names>.*)$", RegexOptions.Singleline)]
    private static partial Regex MissingProperties();

    [GeneratedRegex("'(?<name>[^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"\s*(Path: |LineNumber: )")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();
}
