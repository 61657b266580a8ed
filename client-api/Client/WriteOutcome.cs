namespace Alms.Twins.Client;

/// <summary>What a create-or-replace call stored, and whether it created the resource (201) or not (200).</summary>
public sealed record WriteOutcome<T>(T Value, bool Created, Uri? Location);
