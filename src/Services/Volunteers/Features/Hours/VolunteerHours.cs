using Governance.ServiceDefaults.Api;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Hours;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Hours;

public static class VolunteerHours
{
    /// <summary>A volunteer's ledger, newest first, optionally within <c>from</c>–<c>to</c> (instants, on the entry's start).</summary>
    public static async Task<Results<Ok<VolunteerHoursResponse>, ProblemHttpResult>> Handle(
        Guid id, VolunteersDbContext db, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var name = await db.Set<Volunteer>().Where(v => v.Id == id).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return ApiProblems.NotFound("volunteer", id);
        }

        var query = db.Set<HoursEntry>().AsNoTracking().Where(e => e.VolunteerId == id);
        if (from is { } start)
        {
            query = query.Where(e => e.StartedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.StartedAt < end);
        }

        var entries = await query.OrderByDescending(e => e.StartedAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new VolunteerHoursResponse(
            id,
            name,
            entries.Where(e => e.Status == HoursStatus.Approved).Sum(e => e.Hours),
            entries.Where(e => e is { Status: HoursStatus.Pending, IsOpen: false }).Sum(e => e.Hours),
            entries.Select(HoursEntryResponse.From).ToList()));
    }
}
