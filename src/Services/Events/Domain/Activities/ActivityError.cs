using Governance.ServiceDefaults.Http;

namespace Governance.Events.Domain.Activities;

public enum ActivityErrorKind
{
    /// <summary>The activity's (or registration's) state forbids the action (409).</summary>
    WrongState,

    /// <summary>The request breaks a rule (422).</summary>
    Rule,

    /// <summary>The activity has no such registration or staff member (404).</summary>
    NotFound,
}

/// <summary>Why an action was refused; <see cref="State"/> is the state as clients see it on the wire (kebab-case).</summary>
public sealed record ActivityError(ActivityErrorKind Kind, string? State, string Detail)
{
    public static ActivityError WrongState<TState>(TState state, string detail) where TState : struct, Enum =>
        new(ActivityErrorKind.WrongState, WireNames.Name(state), detail);

    public static ActivityError Rule(string detail) => new(ActivityErrorKind.Rule, null, detail);

    public static ActivityError NotFound(string detail) => new(ActivityErrorKind.NotFound, null, detail);
}

/// <summary>Either what an action made or why it could not.</summary>
public readonly record struct ActivityResult<T>(T? Value, ActivityError? Error)
{
    public static implicit operator ActivityResult<T>(T value) => new(value, null);

    public static implicit operator ActivityResult<T>(ActivityError error) => new(default, error);
}
