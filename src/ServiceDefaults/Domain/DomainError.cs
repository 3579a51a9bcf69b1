using Governance.ServiceDefaults.Http;

namespace Governance.ServiceDefaults.Domain;

public enum DomainErrorKind
{
    /// <summary>The record's state forbids the action (409).</summary>
    WrongState,

    /// <summary>The request breaks a rule (422).</summary>
    Rule,

    /// <summary>Something the action names is not there, e.g. a registration of the activity (404).</summary>
    NotFound,

    /// <summary>The caller is not the one who may do this (403).</summary>
    NotAllowed,
}

/// <summary>
/// Why a domain model refused an action, in terms an API can answer with; <see cref="State"/> is the
/// record's state as clients see it on the wire (kebab-case).
/// </summary>
public sealed record DomainError(DomainErrorKind Kind, string? State, string Detail)
{
    public static DomainError WrongState<TState>(TState state, string detail) where TState : struct, Enum =>
        new(DomainErrorKind.WrongState, WireNames.Name(state), detail);

    public static DomainError Rule(string detail) => new(DomainErrorKind.Rule, null, detail);

    public static DomainError NotFound(string detail) => new(DomainErrorKind.NotFound, null, detail);

    public static DomainError NotAllowed(string detail) => new(DomainErrorKind.NotAllowed, null, detail);
}

/// <summary>Either what an action made or why it could not.</summary>
public readonly record struct DomainResult<T>(T? Value, DomainError? Error)
{
    public static implicit operator DomainResult<T>(T value) => new(value, null);

    public static implicit operator DomainResult<T>(DomainError error) => new(default, error);
}
