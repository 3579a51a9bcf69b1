using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Feed;

/// <summary>
/// Puts a change on the unit ladder from this service's copy of the grid's units, and remembers where
/// each subject (case, wish, activity, place) sits for the later events that name only the subject.
/// </summary>
internal static class Placement
{
    /// <summary>Deeper than the grid's ladder (building, grid, community, street) will ever be; stops a loop in bad data.</summary>
    private const int MaxDepth = 8;

    private sealed record UnitStep(Guid Id, string Level);

    public static async Task<UnitLadder> LadderOfAsync(NotificationsDbContext db, string district, Guid unitId, CancellationToken cancellationToken)
    {
        var steps = await db.Database.SqlQuery<UnitStep>($"""
            WITH RECURSIVE up AS (
                SELECT "Id", "Level", "ParentId", 0 AS "Depth" FROM known_units WHERE "Id" = {unitId} AND "District" = {district}
                UNION ALL
                SELECT k."Id", k."Level", k."ParentId", up."Depth" + 1 FROM known_units k JOIN up ON k."Id" = up."ParentId"
                WHERE up."Depth" < {MaxDepth})
            SELECT "Id", "Level" FROM up
            """).ToListAsync(cancellationToken);
        return UnitLadder.From(unitId, steps.Select(step => (step.Id, step.Level)));
    }

    public static async Task RememberAsync(NotificationsDbContext db, Guid subjectId, Guid unitId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Set<FeedSubject>().FindAsync([subjectId], cancellationToken) is { } known)
        {
            known.UnitId = unitId;
            known.RecordedAt = now;
            return;
        }

        db.Set<FeedSubject>().Add(new FeedSubject { Id = subjectId, UnitId = unitId, RecordedAt = now });
    }

    /// <summary>Where a subject introduced by an earlier event sits; unknown when that event has not arrived.</summary>
    public static async Task<UnitLadder> LadderOfSubjectAsync(NotificationsDbContext db, string district, Guid subjectId, CancellationToken cancellationToken) =>
        await db.Set<FeedSubject>().AsNoTracking().Where(s => s.Id == subjectId).Select(s => (Guid?)s.UnitId).FirstOrDefaultAsync(cancellationToken) is { } unit
            ? await LadderOfAsync(db, district, unit, cancellationToken)
            : UnitLadder.Unknown;
}
