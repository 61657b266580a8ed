using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alms.Twins.Api;

/// <summary>
/// Turns a <see cref="JsonException"/> raised while reading a body into field errors: the JSON path becomes the
/// field (<c>$.readings[3].value</c> → <c>readings[3].value</c>) and the serializer's message becomes the reason,
/// without the line and position noise.
/// </summary>
public static partial class JsonErrorFields
{
    /// <summary>Field errors describing <paramref name="exception"/>.</summary>
    public static Dictionary<string, string[]> From(JsonException exception)
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

        return new Dictionary<string, string[]>(StringComparer.Ordinal) { [location ?? ApiProblems.BodyField] = [ReasonOf(exception)] };
    }

    private static string ReasonOf(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return "must not be null";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            // The inner exception says what was found (e.g. a string where a number belongs); enums have none.
            return exception.InnerException is { } inner
                ? $"has the wrong type: {Trim(inner.Message)}"
                : "is not a valid value for this field";
        }

        var text = Trim(message);
        return text.Contains("invalid start of a value", StringComparison.Ordinal)
            ? $"is not valid JSON ({text}); NaN and Infinity are not JSON numbers"
            : $"is not valid JSON: {text}";
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
}
