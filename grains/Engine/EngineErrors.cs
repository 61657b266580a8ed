namespace Alms.Twins.Engine;

/// <summary>Turns the engine's argument errors into the API's field-and-reason errors.</summary>
public static class EngineErrors
{
    /// <summary>
    /// The engine writes messages as "field: reason" with the field also as the parameter name; the
    /// field is prefixed with <paramref name="pathPrefix"/> so it reads as a path in the request body.
    /// </summary>
    public static CommandError ToCommandError(ArgumentException exception, string fallbackField, string pathPrefix = "")
    {
        var field = exception.ParamName ?? fallbackField;
        var message = exception.Message;
        var suffix = $" (Parameter '{exception.ParamName}')";
        if (exception.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        // "failures[1] = NaN is not finite": the element is named too.
        if (exception.ParamName is { } name && message.StartsWith(name + "[", StringComparison.Ordinal) && message.IndexOf(']', StringComparison.Ordinal) is > 0 and var close)
        {
            return CommandError.Invalid(pathPrefix + message[..(close + 1)], message.TrimEnd('.'));
        }

        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && !message[..colon].Contains(' ', StringComparison.Ordinal))
        {
            field = message[..colon];
            message = message[(colon + 2)..];
        }

        return CommandError.Invalid(pathPrefix + field, message);
    }
}
