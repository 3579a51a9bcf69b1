using Governance.Events.Domain.Staffing;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;
using Governance.BuildingBlocks.Volunteering;

namespace Governance.Events.Domain.Activities;

/// <summary>A partner co-organising an activity: free text, or a party-alliance partner (<see cref="AllianceId"/>) named as the alliance names it.</summary>
public sealed record ActivityPartner(string Name, Guid? AllianceId);

public sealed record StaffingNeed(string Skill, int Count);

public sealed record NewActivity(
    string Title,
    ActivityKind Kind,
    Guid OrganizerUnitId,
    IReadOnlyList<ActivityPartner> Partners,
    string? Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    IReadOnlyList<string> Audience,
    IReadOnlyList<StaffingNeed> Staffing,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    IReadOnlyList<ActivitySession> Sessions);

/// <summary>
/// A community activity: draft → published → in progress → completed, or cancelled before it is
/// completed. Residents register while it is published and its registration window is open (by
/// default from publication until it starts); parties' sizes count against the capacity and whoever
/// does not fit joins the waitlist (<see cref="Seating"/>). Registrations are rows of their own,
/// handed to the actions that need them, all of one activity at once.
/// </summary>
public sealed class Activity : IDistrictOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxVenueLength = 300;
    public const int MaxListItems = 20;
    public const int MaxItemLength = 200;
    public const int MaxCapacity = 100_000;
    public const int MaxNotesLength = 4000;
    public const int MaxReasonLength = 500;
    public const int MaxWalkInsPerCall = 10_000;

    private static readonly ActivityStatus[] Open = [ActivityStatus.Published, ActivityStatus.InProgress];

    private readonly List<ActivityPartner> partners = [];
    private readonly List<StaffingLine> staffing = [];
    private readonly List<StaffMember> staff = [];
    private readonly List<ActivitySession> sessions = [];

    private Activity()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Title { get; private set; } = "";

    public ActivityKind Kind { get; private set; }

    public Guid OrganizerUnitId { get; private set; }

    public string? Venue { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int Capacity { get; private set; }

    public List<string> Audience { get; private set; } = [];

    public IReadOnlyList<ActivityPartner> Partners => partners;

    public IReadOnlyList<StaffingLine> Staffing => staffing;

    public IReadOnlyList<StaffMember> Staff => staff;

    /// <summary>The meetings of a long-running activity (an adoption programme), in order; empty for a one-off.</summary>
    public IReadOnlyList<ActivitySession> Sessions => sessions;

    public DateTimeOffset? RegistrationOpensAt { get; private set; }

    public DateTimeOffset? RegistrationClosesAt { get; private set; }

    public ActivityStatus Status { get; private set; }

    /// <summary>People who came without registering, counted at the door.</summary>
    public int WalkIns { get; private set; }

    /// <summary>Checked-in party sizes plus walk-ins, fixed on completion.</summary>
    public int? Attendance { get; private set; }

    /// <summary>Free counters recorded on completion (leaflets handed out, banners hung, …).</summary>
    public Dictionary<string, int> Outputs { get; private set; } = [];

    public string? Notes { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>The next waitlist number to hand out; only ever grows, so the line keeps its order.</summary>
    public int NextWaitlistNumber { get; private set; } = 1;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public static Activity Create(NewActivity details, DateTimeOffset now)
    {
        if (details.EndsAt <= details.StartsAt || details.Capacity < 1)
        {
            throw new ArgumentException("An activity ends after it starts and has room for at least one person.", nameof(details));
        }

        if (ActivitySession.ScheduleProblem(details.StartsAt, details.EndsAt, details.Sessions) is { } schedule)
        {
            throw new ArgumentException(schedule, nameof(details));
        }

        var activity = new Activity
        {
            Id = Guid.CreateVersion7(now),
            Title = details.Title.Trim(),
            Kind = details.Kind,
            OrganizerUnitId = details.OrganizerUnitId,
            Venue = details.Venue?.Trim(),
            StartsAt = details.StartsAt,
            EndsAt = details.EndsAt,
            Capacity = details.Capacity,
            Audience = [.. details.Audience.Select(a => a.Trim())],
            RegistrationOpensAt = details.RegistrationOpensAt,
            RegistrationClosesAt = details.RegistrationClosesAt,
            Status = ActivityStatus.Draft,
            CreatedAt = now,
        };
        activity.partners.AddRange(details.Partners);
        activity.staffing.AddRange(details.Staffing.Select(s => new StaffingLine(s.Skill, s.Count)));
        activity.sessions.AddRange(details.Sessions.OrderBy(s => s.StartsAt).Select(s => s with { Title = s.Title?.Trim() }));
        return activity;
    }

    /// <summary>Registration closes when the activity starts unless the organiser chose another time.</summary>
    public DateTimeOffset RegistrationEndsAt => RegistrationClosesAt ?? StartsAt;

    public RegistrationWindow RegistrationAt(DateTimeOffset now) => Status switch
    {
        ActivityStatus.Draft => RegistrationWindow.NotYetOpen,
        ActivityStatus.Published when RegistrationOpensAt > now => RegistrationWindow.NotYetOpen,
        ActivityStatus.Published when now < RegistrationEndsAt => RegistrationWindow.Open,
        _ => RegistrationWindow.Closed,
    };

    public DomainError? Publish(DateTimeOffset now)
    {
        if (Status != ActivityStatus.Draft)
        {
            return WrongState("published", "a draft");
        }

        Status = ActivityStatus.Published;
        PublishedAt = now;
        return null;
    }

    public DomainError? Start(DateTimeOffset now)
    {
        if (Status != ActivityStatus.Published)
        {
            return WrongState("started", "published");
        }

        Status = ActivityStatus.InProgress;
        StartedAt = now;
        return null;
    }

    /// <summary>
    /// Records attendance (checked-in party sizes plus walk-ins) and the outputs. An activity whose
    /// start time has passed may be completed straight from published: organisers often forget to
    /// press "start", and it then counts as started at its start time.
    /// </summary>
    public DomainError? Complete(IReadOnlyDictionary<string, int> outputs, string? notes, IReadOnlyCollection<Registration> registrations, DateTimeOffset now)
    {
        var startedUnpressed = Status == ActivityStatus.Published && now >= StartsAt;
        if (Status != ActivityStatus.InProgress && !startedUnpressed)
        {
            return Status == ActivityStatus.Published
                ? DomainError.WrongState(Status, $"Activity {Id} is published and starts at {StartsAt:O}; it can be completed once it has started.")
                : WrongState("completed", "in progress (or published and past its start time)");
        }

        if (outputs.FirstOrDefault(o => o.Value < 0) is { Key: not null } negative)
        {
            return DomainError.Rule($"Output '{negative.Key}' is {negative.Value}; outputs are counts and cannot be negative.");
        }

        StartedAt ??= StartsAt;
        Status = ActivityStatus.Completed;
        CompletedAt = now;
        Outputs = new Dictionary<string, int>(outputs, StringComparer.Ordinal);
        Notes = notes?.Trim();
        Attendance = CheckedIn(registrations) + WalkIns;
        return null;
    }

    /// <summary>Cancels the activity; returns the registrations still holding or awaiting a place, whose holders are to be told.</summary>
    public DomainResult<IReadOnlyList<Registration>> Cancel(string? reason, IReadOnlyCollection<Registration> registrations, DateTimeOffset now)
    {
        if (Status is ActivityStatus.Completed or ActivityStatus.Cancelled)
        {
            return WrongState("cancelled", "a draft, published or in progress");
        }

        Status = ActivityStatus.Cancelled;
        CancelledAt = now;
        CancelReason = reason?.Trim();
        IReadOnlyList<Registration> toTell = [.. registrations.Where(r => r.Status != RegistrationStatus.Cancelled)];
        return new DomainResult<IReadOnlyList<Registration>>(toTell, null);
    }

    /// <summary>
    /// Registers a party, or puts it on the waitlist when it does not fit. The caller holds the
    /// activity's lock and passes every registration of the activity, so the seats counted here are
    /// the seats taken.
    /// </summary>
    public DomainResult<Registration> Register(
        string name, string phone, int partySize, IReadOnlyCollection<Registration> registrations, Func<string> nextCode, DateTimeOffset now,
        string? account = null)
    {
        if (Status != ActivityStatus.Published)
        {
            return DomainError.WrongState(Status, $"Activity {Id} is {Describe(Status)}; residents register only while it is published.");
        }

        var window = RegistrationAt(now);
        if (window != RegistrationWindow.Open)
        {
            return DomainError.WrongState(window, window == RegistrationWindow.NotYetOpen
                ? $"Registration for activity {Id} opens at {RegistrationOpensAt:O}."
                : $"Registration for activity {Id} closed at {RegistrationEndsAt:O}.");
        }

        if (partySize < 1 || partySize > Capacity)
        {
            return DomainError.Rule($"A party of {partySize} can never fit an activity for {Capacity} people.");
        }

        var code = RegistrationCodes.Unused(registrations.Select(r => r.Code).ToHashSet(StringComparer.Ordinal), nextCode);
        var fits = Seating.Taken(registrations) + partySize <= Capacity;
        var registration = Registration.Create(Id, code, name, phone, partySize, fits ? null : NextWaitlistNumber++, now, account);
        return registration;
    }

    /// <summary>Cancels a registration and gives the freed seats to the waitlist; returns who was promoted.</summary>
    public DomainResult<IReadOnlyList<Registration>> CancelRegistration(Registration registration, IReadOnlyCollection<Registration> registrations, DateTimeOffset now)
    {
        if (!Open.Contains(Status))
        {
            return DomainError.WrongState(Status, $"Activity {Id} is {Describe(Status)}; its registrations can no longer change.");
        }

        if (registration.Status == RegistrationStatus.Cancelled)
        {
            return DomainError.WrongState(registration.Status, $"Registration {registration.Id} was cancelled already.");
        }

        var held = registration.Status == RegistrationStatus.Registered;
        registration.Cancel(now);
        IReadOnlyList<Registration> promoted = held ? Seating.Promote(Capacity, registrations, now) : [];
        return new DomainResult<IReadOnlyList<Registration>>(promoted, null);
    }

    /// <summary>Checks a registered party in at the door; a second check-in keeps the first time.</summary>
    public DomainError? CheckIn(Registration registration, DateTimeOffset now)
    {
        if (!Open.Contains(Status))
        {
            return DomainError.WrongState(Status, $"Activity {Id} is {Describe(Status)}; check-in is open while it is published or in progress.");
        }

        if (registration.Status != RegistrationStatus.Registered)
        {
            return DomainError.WrongState(registration.Status, registration.Status == RegistrationStatus.Cancelled
                ? $"Registration {registration.Code} was cancelled."
                : $"Registration {registration.Code} is still on the waitlist and has no place.");
        }

        registration.CheckIn(now);
        return null;
    }

    public DomainError? AddWalkIns(int count)
    {
        if (!Open.Contains(Status))
        {
            return DomainError.WrongState(Status, $"Activity {Id} is {Describe(Status)}; walk-ins are counted while it is published or in progress.");
        }

        if (count is < 1 or > MaxWalkInsPerCall)
        {
            return DomainError.Rule($"count must be between 1 and {MaxWalkInsPerCall}.");
        }

        WalkIns += count;
        return null;
    }

    /// <summary>People checked in: the sizes of the checked-in parties.</summary>
    public static int CheckedIn(IEnumerable<Registration> registrations) =>
        registrations.Where(r => r.Status == RegistrationStatus.Registered && r.CheckedInAt is not null).Sum(r => r.PartySize);

    /// <summary>
    /// The volunteer service's current list for one skill: it replaces the staff of that skill,
    /// keeping the arrival and departure of volunteers who stay on it. An answer older than the one
    /// applied is <see cref="AnswerOutcome.Stale"/>; any answer once the activity is cancelled is
    /// <see cref="AnswerOutcome.Withdrawn"/> (nobody is to staff it). An answer for a skill the activity
    /// never asked for can never apply: not found.
    /// </summary>
    public DomainResult<AnswerOutcome> StaffAssigned(string skill, IReadOnlyCollection<(Guid VolunteerId, string Name)> volunteers, DateTimeOffset occurredAt)
    {
        var answered = Answer(skill, occurredAt, volunteers.Count, null);
        if (answered.Error is not null || answered.Value != AnswerOutcome.Applied)
        {
            return answered;
        }

        var ids = volunteers.Select(v => v.VolunteerId).ToHashSet();
        staff.RemoveAll(s => s.Skill == skill && !ids.Contains(s.VolunteerId));
        foreach (var (volunteerId, name) in volunteers)
        {
            if (staff.FirstOrDefault(s => s.Skill == skill && s.VolunteerId == volunteerId) is { } kept)
            {
                kept.Rename(name);
            }
            else
            {
                staff.Add(new StaffMember(skill, volunteerId, name));
            }
        }

        return answered;
    }

    /// <summary>Shows why the volunteer service found fewer volunteers than asked, on the same terms as <see cref="StaffAssigned"/>.</summary>
    public DomainResult<AnswerOutcome> StaffUnmatched(string skill, string reason, DateTimeOffset occurredAt) => Answer(skill, occurredAt, 0, reason);

    private DomainResult<AnswerOutcome> Answer(string skill, DateTimeOffset occurredAt, int assigned, string? unmatchedReason)
    {
        if (staffing.FirstOrDefault(s => s.Skill == skill) is not { } line)
        {
            return DomainError.NotFound($"Activity {Id} asked for no volunteers with skill '{skill}'.");
        }

        if (Status == ActivityStatus.Cancelled)
        {
            return AnswerOutcome.Withdrawn;
        }

        return line.Answer(occurredAt, assigned, unmatchedReason) ? AnswerOutcome.Applied : AnswerOutcome.Stale;
    }

    /// <summary>A staff member arrives (at <paramref name="at"/>, or now); checking in twice keeps the first time.</summary>
    public DomainError? CheckInStaff(Guid volunteerId, DateTimeOffset? at, DateTimeOffset now) =>
        StaffAction(volunteerId, at, now, (member, when) =>
        {
            member.CheckIn(when);
            return null;
        });

    /// <summary>A staff member leaves; only after checking in, and never before they arrived.</summary>
    public DomainError? CheckOutStaff(Guid volunteerId, DateTimeOffset? at, DateTimeOffset now) =>
        StaffAction(volunteerId, at, now, (member, when) =>
        {
            if (member.CheckedInAt is not { } arrived)
            {
                return DomainError.Rule($"Volunteer {volunteerId} has not checked in, so cannot check out.");
            }

            if (member.CheckedOutAt is null && when < arrived)
            {
                return DomainError.Rule($"Check-out at {when:O} would be before the check-in at {arrived:O}.");
            }

            member.CheckOut(when);
            return null;
        });

    private DomainError? StaffAction(Guid volunteerId, DateTimeOffset? at, DateTimeOffset now, Func<StaffMember, DateTimeOffset, DomainError?> act)
    {
        if (!Open.Contains(Status))
        {
            return DomainError.WrongState(Status, $"Activity {Id} is {Describe(Status)}; staff check in and out while it is published or in progress.");
        }

        if (staff.FirstOrDefault(s => s.VolunteerId == volunteerId) is not { } member)
        {
            return DomainError.NotFound($"Volunteer {volunteerId} is not assigned to staff activity {Id}.");
        }

        var when = at ?? now;
        return when > now ? DomainError.Rule($"at ({when:O}) is in the future.") : act(member, when);
    }

    private DomainError WrongState(string action, string allowed) =>
        DomainError.WrongState(Status, $"Activity {Id} is {Describe(Status)}; it can be {action} only when it is {allowed}.");

    private static string Describe(ActivityStatus status) => WireNames.Name(status).Replace('-', ' ');
}
