namespace Governance.Events.Domain.Activities;

public enum ActivityKind
{
    Lecture,
    Campaign,
    Ceremony,
    ExperienceDay,

    /// <summary>A long-running activity (e.g. a green space adopted by residents) held in sessions.</summary>
    AdoptionProgramme,
    VolunteerServiceDay,
}

public enum ActivityStatus
{
    Draft,
    Published,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>Whether residents can register right now; derived from the status, the window and the clock, never stored.</summary>
public enum RegistrationWindow
{
    NotYetOpen,
    Open,
    Closed,
}

public enum RegistrationStatus
{
    Registered,
    Waitlisted,
    Cancelled,
}
