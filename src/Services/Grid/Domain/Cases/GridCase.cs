using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;

namespace Governance.Grid.Domain.Cases;

/// <summary>A resident problem (诉求) handled at grid level first and climbing to community and street when not solved in time.</summary>
public sealed class GridCase : IDistrictOwned
{
    public const string SlaTimer = "system:sla-timer";

    private readonly List<CaseHistoryEntry> history = [];

    private GridCase()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Category { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public CaseStatus Status { get; private set; }

    public CaseLevel Level { get; private set; }

    public Guid GridId { get; private set; }

    public Guid CommunityId { get; private set; }

    public Guid StreetId { get; private set; }

    public GeoPoint? Location { get; private set; }

    public string ReporterName { get; private set; } = "";

    public string ReporterPhone { get; private set; } = "";

    /// <summary>
    /// The token subject (<c>sub</c>) of the account that reported the case, an opaque id that case events
    /// carry so the reporter can be notified; null for reports without an account (Open311) and for cases
    /// reported before it was kept. Not shown in responses.
    /// </summary>
    public string? ReporterAccount { get; private set; }

    /// <summary>Where the reporter says the problem is, in their words (an app's <c>address_string</c>).</summary>
    public string? Address { get; private set; }

    /// <summary>A photo or video of the problem the reporting app hosts.</summary>
    public string? MediaUrl { get; private set; }

    public string? RequiredSkill { get; private set; }

    public CaseAssistance? Assistance { get; private set; }

    /// <summary>When the case entered its current level (or was reopened there); its SLA clock starts here.</summary>
    public DateTimeOffset LevelEnteredAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset AmberAt { get; private set; }

    public DateTimeOffset RedAt { get; private set; }

    /// <summary>Set once when the street-level deadline passes unresolved; there is no level above to climb to.</summary>
    public bool Overdue { get; private set; }

    public string? Resolution { get; private set; }

    public int? Satisfaction { get; private set; }

    public string? SatisfactionComment { get; private set; }

    /// <summary>The original this case was merged into as a duplicate.</summary>
    public Guid? MergedInto { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): two writers of the same case cannot both win.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<CaseHistoryEntry> History => history;

    public Deadline Deadline => new(DueAt, AmberAt, RedAt);

    /// <summary>The unit answerable at the case's current level: its grid, community or street.</summary>
    public Guid ResponsibleUnitId => Level switch
    {
        CaseLevel.Grid => GridId,
        CaseLevel.Community => CommunityId,
        _ => StreetId,
    };

    public SlaBand? BandAt(DateTimeOffset now) => SlaPolicy.BandOf(Status, Deadline, Overdue, now);

    public static GridCase Report(NewCase details, CaseUnits units, SlaPolicy sla, string by, DateTimeOffset now)
    {
        var item = new GridCase
        {
            Id = Guid.CreateVersion7(now),
            Category = details.Category.Trim().ToLowerInvariant(),
            Title = details.Title.Trim(),
            Description = details.Description.Trim(),
            Status = CaseStatus.Reported,
            Level = CaseLevel.Grid,
            GridId = units.GridId,
            CommunityId = units.CommunityId,
            StreetId = units.StreetId,
            Location = details.Location,
            ReporterName = details.ReporterName.Trim(),
            ReporterPhone = details.ReporterPhone.Trim(),
            ReporterAccount = string.IsNullOrWhiteSpace(details.ReporterAccount) ? null : details.ReporterAccount,
            Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim(),
            MediaUrl = string.IsNullOrWhiteSpace(details.MediaUrl) ? null : details.MediaUrl.Trim(),
            RequiredSkill = string.IsNullOrWhiteSpace(details.RequiredSkill) ? null : details.RequiredSkill.Trim(),
            CreatedAt = now,
        };
        item.EnterLevel(CaseLevel.Grid, sla, now);
        item.Assistance = item.RequiredSkill is null ? null : CaseAssistance.Requested(item.RequiredSkill, now);
        item.Record(CaseAction.Report, null, by, now, null);
        return item;
    }

    public DomainError? Accept(string by, DateTimeOffset now) =>
        Move(CaseAction.Accept, [CaseStatus.Reported], CaseStatus.Accepted, by, now, null);

    public DomainError? Start(string by, DateTimeOffset now) =>
        Move(CaseAction.Start, [CaseStatus.Accepted], CaseStatus.InProgress, by, now, null);

    public DomainError? Resolve(string resolution, string by, DateTimeOffset now)
    {
        var error = Move(CaseAction.Resolve, [CaseStatus.InProgress], CaseStatus.Resolved, by, now, resolution.Trim());
        if (error is null)
        {
            Resolution = resolution.Trim();
        }

        return error;
    }

    /// <summary>Hands the case to the next level up, where it starts again as reported with that level's deadline.</summary>
    public DomainError? Escalate(string reason, SlaPolicy sla, string by, DateTimeOffset now)
    {
        if (WrongState(CaseAction.Escalate, CaseStatuses.Open) is { } wrongState)
        {
            return wrongState;
        }

        if (Level.Next() is not { } next)
        {
            return DomainError.Rule($"Case {Id} is already handled at street level, the top of the ladder; it cannot be escalated further.");
        }

        var from = Status;
        Status = CaseStatus.Reported;
        EnterLevel(next, sla, now);
        Record(CaseAction.Escalate, from, by, now, reason.Trim());
        return null;
    }

    /// <summary>What the SLA timer does once the deadline has passed: climb a level, or at street level mark the case overdue once.</summary>
    public DeadlineOutcome DeadlinePassed(SlaPolicy sla, DateTimeOffset now)
    {
        var outcome = SlaPolicy.OutcomeAt(Status, Level, DueAt, Overdue, now);
        switch (outcome)
        {
            case DeadlineOutcome.Escalate:
                Escalate($"The {Describe(Level)}-level deadline {DueAt:O} passed unresolved.", sla, SlaTimer, now);
                break;
            case DeadlineOutcome.MarkOverdue:
                Overdue = true;
                Record(CaseAction.Overdue, Status, SlaTimer, now, $"The street-level deadline {DueAt:O} passed unresolved.");
                break;
        }

        return outcome;
    }

    public DomainError? Close(int satisfaction, string? comment, string by, DateTimeOffset now)
    {
        if (satisfaction is < 1 or > 5)
        {
            return DomainError.Rule($"Satisfaction is rated from 1 to 5, not {satisfaction}.");
        }

        var error = Move(CaseAction.Close, [CaseStatus.Resolved], CaseStatus.Closed, by, now, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        if (error is null)
        {
            Satisfaction = satisfaction;
            SatisfactionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        }

        return error;
    }

    /// <summary>
    /// Takes a resolved or closed case up again at the SAME level (it was solved there once) as
    /// reported, with a fresh deadline for that level; resolution and satisfaction are cleared.
    /// </summary>
    public DomainError? Reopen(string reason, SlaPolicy sla, string by, DateTimeOffset now)
    {
        if (MergedInto is { } original)
        {
            return DomainError.WrongState(Status, $"Case {Id} was merged into case {original} as a duplicate; reopen the original instead.");
        }

        var error = Move(CaseAction.Reopen, [CaseStatus.Resolved, CaseStatus.Closed], CaseStatus.Reported, by, now, reason.Trim());
        if (error is null)
        {
            Resolution = null;
            Satisfaction = null;
            SatisfactionComment = null;
            EnterLevel(Level, sla, now);
        }

        return error;
    }

    /// <summary>
    /// A resident's update: <paramref name="reopen"/> on a resolved or closed case reopens it with the
    /// text as the reason (any other time it is only a comment); the history keeps the text either way.
    /// </summary>
    public DomainError? ResidentUpdate(string text, bool reopen, SlaPolicy sla, string by, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > CaseRules.MaxTextLength)
        {
            return DomainError.Rule($"An update says something, in at most {CaseRules.MaxTextLength} characters.");
        }

        if (reopen && Status is CaseStatus.Resolved or CaseStatus.Closed)
        {
            return Reopen(text, sla, by, now);
        }

        Record(CaseAction.Comment, Status, by, now, text.Trim());
        return null;
    }

    /// <summary>
    /// Closes this open case as a duplicate of <paramref name="original"/>, which keeps being worked on;
    /// the original lists its duplicates by their <see cref="MergedInto"/>.
    /// </summary>
    public DomainError? MergeInto(GridCase original, string by, DateTimeOffset now)
    {
        if (original.Id == Id)
        {
            return DomainError.Rule("A case cannot be merged into itself.");
        }

        if (original.MergedInto is { } root)
        {
            return DomainError.Rule($"Case {original.Id} is itself a duplicate merged into case {root}; merge into {root} instead.");
        }

        if (original.Category != Category)
        {
            return DomainError.Rule($"Only cases of the same category are duplicates: this case is '{Category}', case {original.Id} is '{original.Category}'.");
        }

        var error = Move(CaseAction.Merge, CaseStatuses.Open, CaseStatus.Closed, by, now, $"Duplicate of case {original.Id}.");
        if (error is null)
        {
            MergedInto = original.Id;
        }

        return error;
    }

    /// <summary>
    /// The volunteer service's current list of volunteers for the case (empty once they were released);
    /// false when a later answer is shown already.
    /// </summary>
    public bool VolunteersAssigned(string skill, IEnumerable<AssignedVolunteerInfo> volunteers, DateTimeOffset occurredAt)
    {
        Assistance ??= CaseAssistance.Requested(skill, occurredAt);
        return Answered(Assistance.Assign(volunteers, occurredAt), occurredAt);
    }

    /// <summary>The volunteer service could not find (enough) volunteers with the required skill; false when a later answer is shown already.</summary>
    public bool AssistanceUnmatched(string skill, string reason, DateTimeOffset occurredAt)
    {
        Assistance ??= CaseAssistance.Requested(skill, occurredAt);
        return Answered(Assistance.Unmatched(reason, occurredAt), occurredAt);
    }

    private bool Answered(bool applied, DateTimeOffset occurredAt)
    {
        if (applied)
        {
            UpdatedAt = Later(UpdatedAt, occurredAt);
        }

        return applied;
    }

    private DomainError? Move(CaseAction action, IReadOnlyList<CaseStatus> allowedFrom, CaseStatus to, string by, DateTimeOffset now, string? reason)
    {
        if (WrongState(action, allowedFrom) is { } error)
        {
            return error;
        }

        var from = Status;
        Status = to;
        Record(action, from, by, now, reason);
        return null;
    }

    private DomainError? WrongState(CaseAction action, IReadOnlyList<CaseStatus> allowedFrom) =>
        allowedFrom.Contains(Status)
            ? null
            : DomainError.WrongState(Status, $"Case {Id} is {Describe(Status)}; {Describe(action)} is allowed only when it is {string.Join(" or ", allowedFrom.Select(s => Describe(s)))}.");

    private void EnterLevel(CaseLevel level, SlaPolicy sla, DateTimeOffset now)
    {
        var deadline = sla.Start(Category, level, now);
        Level = level;
        LevelEnteredAt = now;
        DueAt = deadline.DueAt;
        AmberAt = deadline.AmberAt;
        RedAt = deadline.RedAt;
        Overdue = false;
    }

    private void Record(CaseAction action, CaseStatus? from, string by, DateTimeOffset now, string? reason)
    {
        history.Add(new CaseHistoryEntry(history.Count + 1, action, from, Status, Level, by, now, reason));
        UpdatedAt = now;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    internal static string Describe<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');
}

/// <summary>What a resident reports.</summary>
public sealed record NewCase(
    string Category, string Title, string Description, GeoPoint? Location, string ReporterName, string ReporterPhone, string? RequiredSkill,
    string? Address = null, string? MediaUrl = null, string? ReporterAccount = null);

/// <summary>The grid a case belongs to and the community and street above it.</summary>
public sealed record CaseUnits(Guid GridId, Guid CommunityId, Guid StreetId);

/// <summary>
/// One step of a case's life. <see cref="Level"/> is the level the case is handled at after the
/// step, so an escalation shows the level it climbed to.
/// </summary>
public sealed record CaseHistoryEntry(
    int Sequence, CaseAction Action, CaseStatus? FromStatus, CaseStatus ToStatus, CaseLevel Level, string By, DateTimeOffset At, string? Reason);
