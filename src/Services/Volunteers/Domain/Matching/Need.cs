using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;

namespace Governance.Volunteers.Domain.Matching;

/// <summary>Open until <see cref="Need.Count"/> volunteers are assigned; cancelled releases everyone.</summary>
public enum NeedStatus
{
    Open,
    Assigned,
    Cancelled,
}

/// <summary>
/// A need (需求) for <see cref="Count"/> volunteers with a skill at a place during a window: entered by
/// a coordinator, or raised by a grid case, an activity's staffing request or another service's request.
/// </summary>
public sealed class Need : IDistrictOwned
{
    public const int MaxCount = 100;
    public const int MaxReasonLength = 500;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(92);

    private readonly List<Assignment> assignments = [];

    private Need()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Skill { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public Guid? StreetId { get; private set; }

    public Guid? CommunityId { get; private set; }

    public Guid? GridId { get; private set; }

    public UnitPath Place => new(StreetId, CommunityId, GridId);

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public TimeWindow Window => new(From, To);

    public int Count { get; private set; }

    /// <summary>A <see cref="NeedSourceKinds"/> name: <c>grid-case</c>, <c>event-staffing</c>, <c>manual</c>, or a requesting service's own.</summary>
    public string SourceKind { get; private set; } = "";

    /// <summary>The case, activity or other requester's record the need came from; for a manual need, the need's own id.</summary>
    public Guid SourceId { get; private set; }

    public NeedStatus Status { get; private set; }

    /// <summary>Why the last automatic assignment found fewer volunteers than asked for.</summary>
    public string? UnmatchedReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<Assignment> Assignments => assignments;

    public int Missing => Count - assignments.Count;

    public static Need Raise(string skill, Guid unitId, UnitPath place, TimeWindow window, int count, string sourceKind, Guid? sourceId, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new Need
        {
            Id = id,
            Skill = skill,
            UnitId = unitId,
            StreetId = place.StreetId,
            CommunityId = place.CommunityId,
            GridId = place.GridId,
            // PostgreSQL keeps instants in UTC; a caller's local offset is not part of the need.
            From = window.From.ToUniversalTime(),
            To = window.To.ToUniversalTime(),
            Count = count,
            SourceKind = sourceKind,
            SourceId = sourceId ?? id,
            Status = NeedStatus.Open,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    /// <summary>The need's unit moved on the ladder (its grid to another community, its community to another street).</summary>
    public void Relocate(UnitPath place) => (StreetId, CommunityId, GridId) = (place.StreetId, place.CommunityId, place.GridId);

    /// <summary>Assigns volunteers who are free for the need (the caller checked skills and commitments).</summary>
    public DomainError? Assign(IReadOnlyCollection<AssignedPerson> people, DateTimeOffset now)
    {
        if (Status == NeedStatus.Cancelled)
        {
            return DomainError.WrongState(Status, $"Need {Id} was cancelled; nobody can be assigned to it.");
        }

        if (people.FirstOrDefault(p => assignments.Any(a => a.VolunteerId == p.VolunteerId)) is { } already)
        {
            return DomainError.Rule($"Volunteer {already.VolunteerId} is already assigned to need {Id}.");
        }

        if (people.Count > Missing)
        {
            return DomainError.Rule($"Need {Id} asks for {Count} volunteer(s) and has {assignments.Count}; {people.Count} more would be too many.");
        }

        assignments.AddRange(people.Select(p => new Assignment(p.VolunteerId, p.Name, From, To, now)));
        UpdateStatus();
        return null;
    }

    /// <summary>Records why automatic assignment found fewer volunteers than asked for (null when it found enough).</summary>
    public void NoteShortfall(string? reason) => UnmatchedReason = reason;

    public DomainError? Release(Guid volunteerId)
    {
        if (Status == NeedStatus.Cancelled)
        {
            return DomainError.WrongState(Status, $"Need {Id} was cancelled; its volunteers were already released.");
        }

        if (assignments.RemoveAll(a => a.VolunteerId == volunteerId) == 0)
        {
            return DomainError.NotFound($"Volunteer {volunteerId} is not assigned to need {Id}.");
        }

        UpdateStatus();
        return null;
    }

    /// <summary>Cancels the need and releases its volunteers; false when it was already cancelled.</summary>
    public bool Cancel()
    {
        if (Status == NeedStatus.Cancelled)
        {
            return false;
        }

        assignments.Clear();
        Status = NeedStatus.Cancelled;
        return true;
    }

    private void UpdateStatus() => Status = Missing <= 0 ? NeedStatus.Assigned : NeedStatus.Open;
}

/// <summary>A volunteer committed to a need for its window.</summary>
public sealed class Assignment
{
    internal Assignment(Guid volunteerId, string volunteerName, DateTimeOffset from, DateTimeOffset to, DateTimeOffset assignedAt)
    {
        VolunteerId = volunteerId;
        VolunteerName = volunteerName;
        From = from;
        To = to;
        AssignedAt = assignedAt;
    }

    public Guid VolunteerId { get; private set; }

    public string VolunteerName { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }
}

public sealed record AssignedPerson(Guid VolunteerId, string Name);
