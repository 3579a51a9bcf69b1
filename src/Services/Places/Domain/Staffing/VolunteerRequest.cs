using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Volunteering;
using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Domain.Staffing;

public enum VolunteerRequestStatus
{
    /// <summary>Sent; the volunteer service has not answered yet.</summary>
    Requested,

    /// <summary>As many volunteers as asked for are coming.</summary>
    Assigned,

    /// <summary>Fewer volunteers than asked for are coming; the unmatched reason says why.</summary>
    Unmatched,

    /// <summary>The place no longer needs them; the volunteer service released whoever it had assigned.</summary>
    Withdrawn,
}

/// <summary>A volunteer the volunteer service assigned to a request, as it named them.</summary>
public sealed record RequestedVolunteer(Guid VolunteerId, string Name);

/// <param name="Note">What the volunteers will do, e.g. "lunch for the elders' canteen".</param>
public sealed record NewVolunteerRequest(string Skill, int Count, DateTimeOffset From, DateTimeOffset To, string? Note, string RequestedBy);

/// <summary>
/// A place's request for volunteers with a skill during a window (a canteen needs two cooks on Saturday),
/// and the volunteer service's latest answer to it. Answers travel on two queues and may overtake each
/// other: an answer older than the one applied changes nothing, and the list of volunteers is always the
/// volunteer service's whole current list.
/// </summary>
public sealed class VolunteerRequest : IDistrictOwned
{
    /// <summary>The source kind this service's requests carry on the volunteer protocol.</summary>
    public const string SourceKind = "place-shift";

    public const int MaxCount = 100;
    public const int MaxSkillLength = 64;
    public const int MaxNoteLength = 300;
    public const int MaxReasonLength = 500;

    /// <summary>The volunteer service refuses longer windows.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(92);

    private VolunteerRequest()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid PlaceId { get; private set; }

    public string Skill { get; private set; } = "";

    public int Count { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public string? Note { get; private set; }

    public VolunteerRequestStatus Status { get; private set; }

    /// <summary>Who is coming, in the volunteer service's order.</summary>
    public List<RequestedVolunteer> Volunteers { get; private set; } = [];

    public string? UnmatchedReason { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the answer applied last was given; older answers are stale.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Asks for volunteers at an open place, for a window that has not ended.</summary>
    public static DomainResult<VolunteerRequest> Ask(Place place, NewVolunteerRequest request, DateTimeOffset now)
    {
        if (place.Status == PlaceStatus.Closed)
        {
            return DomainError.WrongState(place.Status, $"'{place.Name}' is closed; reopen it before asking for volunteers.");
        }

        if (request.To <= request.From)
        {
            return DomainError.Rule("window: 'to' must come after 'from'.");
        }

        if (request.To <= now)
        {
            return DomainError.Rule("window: the window is over already.");
        }

        if (request.To - request.From > MaxWindow)
        {
            return DomainError.Rule($"window: a request covers at most {MaxWindow.TotalDays} days.");
        }

        return new VolunteerRequest
        {
            Id = Guid.CreateVersion7(now),
            District = place.District,
            PlaceId = place.Id,
            Skill = request.Skill,
            Count = request.Count,
            From = request.From.ToUniversalTime(),
            To = request.To.ToUniversalTime(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            Status = VolunteerRequestStatus.Requested,
            RequestedBy = request.RequestedBy,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    /// <summary>The volunteer service's current list of who is coming (possibly shorter after a release).</summary>
    public AnswerOutcome Assigned(IReadOnlyCollection<RequestedVolunteer> current, DateTimeOffset answeredAt)
    {
        if (Refuses(answeredAt) is { } refused)
        {
            return refused;
        }

        Volunteers = [.. current];
        if (Volunteers.Count >= Count)
        {
            UnmatchedReason = null;
        }

        Settle(answeredAt);
        return AnswerOutcome.Applied;
    }

    /// <summary>The volunteer service found fewer volunteers than asked for, and why.</summary>
    public AnswerOutcome Unmatched(string reason, DateTimeOffset answeredAt)
    {
        if (Refuses(answeredAt) is { } refused)
        {
            return refused;
        }

        UnmatchedReason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        Settle(answeredAt);
        return AnswerOutcome.Applied;
    }

    /// <summary>The place no longer needs the volunteers: the caller tells the volunteer service.</summary>
    public DomainError? Withdraw(DateTimeOffset now)
    {
        if (Status == VolunteerRequestStatus.Withdrawn)
        {
            return DomainError.WrongState(Status, $"The request was withdrawn at {WithdrawnAt:O}.");
        }

        Status = VolunteerRequestStatus.Withdrawn;
        WithdrawnAt = now;
        Volunteers = [];
        return null;
    }

    private AnswerOutcome? Refuses(DateTimeOffset answeredAt) =>
        Status == VolunteerRequestStatus.Withdrawn ? AnswerOutcome.Withdrawn
        : answeredAt < AnsweredAt ? AnswerOutcome.Stale
        : null;

    private void Settle(DateTimeOffset answeredAt)
    {
        AnsweredAt = answeredAt;
        Status = Volunteers.Count >= Count ? VolunteerRequestStatus.Assigned : VolunteerRequestStatus.Unmatched;
    }
}
