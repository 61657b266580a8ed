namespace Alms.Twins;

/// <summary>Why a command or query was refused. The API maps <c>Kind</c> to an HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or out of range (400).</summary>
    Invalid = 0,

    /// <summary>The addressed asset or class does not exist (404).</summary>
    NotFound = 1,

    /// <summary>The command is well formed but not allowed in the current state (409).</summary>
    Conflict = 2,
}

/// <summary>A refused command: the field at fault and the reason, for a ProblemDetails answer.</summary>
[GenerateSerializer, Immutable, Alias("alms.CommandError")]
public sealed record CommandError(
    [property: Id(0)] ErrorKind Kind,
    [property: Id(1)] string Field,
    [property: Id(2)] string Reason)
{
    public static CommandError Invalid(string field, string reason) => new(ErrorKind.Invalid, field, reason);

    public static CommandError NotFound(string field, string reason) => new(ErrorKind.NotFound, field, reason);

    public static CommandError Conflict(string field, string reason) => new(ErrorKind.Conflict, field, reason);
}
