using System.Text.Json;

namespace Governance.Volunteers.Domain;

public enum ActionErrorKind
{
    /// <summary>The record's state forbids the action (409).</summary>
    WrongState,

    /// <summary>The request breaks a rule (422).</summary>
    Rule,

    /// <summary>The caller is not the one who may do this (403).</summary>
    NotAllowed,
}

/// <summary>Why a domain action was refused; <see cref="State"/> is the record's state as written on the wire.</summary>
public sealed record ActionError(ActionErrorKind Kind, string? State, string Detail)
{
    public static ActionError WrongState<TState>(TState state, string detail) where TState : struct, Enum =>
        new(ActionErrorKind.WrongState, WireName(state), detail);

    public static ActionError Rule(string detail) => new(ActionErrorKind.Rule, null, detail);

    public static ActionError NotAllowed(string detail) => new(ActionErrorKind.NotAllowed, null, detail);

    /// <summary>Kebab-case, as enums are written in JSON, so a message names states the way clients see them.</summary>
    public static string WireName<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

/// <summary>Either what an action made or why it could not.</summary>
public readonly record struct ActionResult<T>(T? Value, ActionError? Error)
{
    public static implicit operator ActionResult<T>(T value) => new(value, null);

    public static implicit operator ActionResult<T>(ActionError error) => new(default, error);
}
