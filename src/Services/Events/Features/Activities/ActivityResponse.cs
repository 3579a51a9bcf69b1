using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Activities;

public sealed record PartnerResponse(string Name, Guid? AllianceId);

public sealed record StaffingNeedResponse(string Skill, int Count);

/// <summary>People (party sizes summed) holding a place, waiting for one, and checked in.</summary>
public sealed record ActivityCounts(int Registered, int Waitlisted, int CheckedIn)
{
    public static readonly ActivityCounts None = new(0, 0, 0);

    public static ActivityCounts Of(IReadOnlyCollection<Registration> registrations) =>
        new(Seating.Taken(registrations), Seating.Waiting(registrations), Activity.CheckedIn(registrations));

    /// <summary>The counts of many activities in one query.</summary>
    public static async Task<Dictionary<Guid, ActivityCounts>> OfAsync(EventsDbContext db, IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Registration>().AsNoTracking()
            .Where(r => activityIds.Contains(r.ActivityId) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => new { r.ActivityId, r.Status, CheckedIn = r.CheckedInAt != null })
            .Select(g => new { g.Key.ActivityId, g.Key.Status, g.Key.CheckedIn, People = g.Sum(r => r.PartySize) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ActivityId).ToDictionary(g => g.Key, g => new ActivityCounts(
            g.Where(r => r.Status == RegistrationStatus.Registered).Sum(r => r.People),
            g.Where(r => r.Status == RegistrationStatus.Waitlisted).Sum(r => r.People),
            g.Where(r => r.Status == RegistrationStatus.Registered && r.CheckedIn).Sum(r => r.People)));
    }
}

public sealed record SessionResponse(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Title);

public sealed record ActivityResponse(
    Guid Id,
    string Title,
    ActivityKind Kind,
    ActivityStatus Status,
    Guid OrganizerUnitId,
    IReadOnlyList<PartnerResponse> Partners,
    string? Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<string> Audience,
    IReadOnlyList<StaffingNeedResponse> Staffing,
    IReadOnlyList<SessionResponse> Sessions,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    RegistrationWindow Registration,
    int Capacity,
    int Registered,
    int Waitlisted,
    int CheckedIn,
    int WalkIns,
    int? Attendance,
    IReadOnlyDictionary<string, int> Outputs,
    string? Notes,
    string? CancelReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? CancelledAt)
{
    public static ActivityResponse From(Activity a, ActivityCounts counts, DateTimeOffset now) => new(
        a.Id, a.Title, a.Kind, a.Status, a.OrganizerUnitId,
        [.. a.Partners.Select(p => new PartnerResponse(p.Name, p.AllianceId))],
        a.Venue, a.StartsAt, a.EndsAt, a.Audience,
        [.. a.Staffing.Select(s => new StaffingNeedResponse(s.Skill, s.Count))],
        [.. a.Sessions.Select(s => new SessionResponse(s.StartsAt, s.EndsAt, s.Title))],
        a.RegistrationOpensAt, a.RegistrationClosesAt, a.RegistrationAt(now),
        a.Capacity, counts.Registered, counts.Waitlisted, counts.CheckedIn, a.WalkIns, a.Attendance,
        a.Outputs, a.Notes, a.CancelReason, a.CreatedAt, a.PublishedAt, a.StartedAt, a.CompletedAt, a.CancelledAt);

    internal static ActivityResponse From(LockedActivity locked, DateTimeOffset now) =>
        From(locked.Activity, ActivityCounts.Of(locked.Registrations), now);
}
