namespace Governance.Grid.Domain.Cases;

/// <summary>Where a case stands in its lifecycle: reported → accepted → in progress → resolved → closed.</summary>
public enum CaseStatus
{
    Reported,
    Accepted,
    InProgress,
    Resolved,
    Closed,
}

/// <summary>The rungs a case climbs: "小事不出网格、大事不出村居、难事不出镇街".</summary>
public enum CaseLevel
{
    Grid,
    Community,
    Street,
}

/// <summary>How much of a case's time at its level is left: green above 25%, amber 10–25%, red below 10% or overdue.</summary>
public enum SlaBand
{
    Green,
    Amber,
    Red,
}

public enum CaseAction
{
    Report,
    Accept,
    Start,
    Resolve,
    Escalate,
    Close,
    Reopen,
    Merge,
    Overdue,

    /// <summary>A resident's word on the case (through Open311's request updates); the status stays.</summary>
    Comment,
}

public enum AssistanceStatus
{
    Requested,
    Assigned,
    Unmatched,
}

public static class CaseStatuses
{
    /// <summary>The states in which a case is still being worked on and its SLA clock runs.</summary>
    public static readonly IReadOnlyList<CaseStatus> Open = [CaseStatus.Reported, CaseStatus.Accepted, CaseStatus.InProgress];

    public static bool IsOpen(this CaseStatus status) => status is CaseStatus.Reported or CaseStatus.Accepted or CaseStatus.InProgress;
}

public static class CaseLevels
{
    /// <summary>The level above <paramref name="level"/>, or null at the top (street).</summary>
    public static CaseLevel? Next(this CaseLevel level) => level switch
    {
        CaseLevel.Grid => CaseLevel.Community,
        CaseLevel.Community => CaseLevel.Street,
        _ => null,
    };
}
