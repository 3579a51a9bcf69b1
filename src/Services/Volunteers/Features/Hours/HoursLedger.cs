using System.Security.Claims;
using Governance.BuildingBlocks.Data;
using Governance.Contracts.Volunteers;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain;
using Governance.Volunteers.Domain.Hours;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Hours;

/// <summary>The reads and writes around the hours rules that every hours endpoint and the event consumer share.</summary>
internal static class HoursLedger
{
    /// <summary>
    /// The volunteer's entries that could overlap <paramref name="start"/>–<paramref name="end"/>
    /// (rejected ones do not count): no entry spans more than a day, so only those starting in the
    /// day before, plus any check-in still open.
    /// </summary>
    public static Task<List<HoursPeriod>> PeriodsNearAsync(
        VolunteersDbContext db, Guid volunteerId, DateTimeOffset start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        // A start within a day of the calendar's beginning has no earlier neighbour to look for.
        var from = start - DateTimeOffset.MinValue > HoursRules.MaxSpan ? start - HoursRules.MaxSpan : DateTimeOffset.MinValue;
        var until = end ?? DateTimeOffset.MaxValue;
        return db.Set<HoursEntry>().AsNoTracking()
            .Where(e => e.VolunteerId == volunteerId && e.Status != HoursStatus.Rejected
                && (e.EndedAt == null || (e.StartedAt > from && e.StartedAt < until)))
            .Select(e => new HoursPeriod(e.Id, e.StartedAt, e.EndedAt))
            .ToListAsync(cancellationToken);
    }

    public static ProblemHttpResult UnknownVolunteer(Guid volunteerId) =>
        ApiProblems.Unprocessable($"volunteerId '{volunteerId}' names no volunteer of your district.");

    /// <summary>Runs <paramref name="run"/> only for a volunteer coordinator or district admin; anyone else gets 403.</summary>
    public static async Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>> AsCoordinator(
        ClaimsPrincipal user, string action, Func<Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>>> run) =>
        user.IsCoordinator()
            ? await run()
            : ApiProblems.Forbidden($"To {action} hours takes the role {Roles.VolunteerCoordinator} or {Roles.DistrictAdmin}.");

    public static HoursCredited Credited(HoursEntry entry, decimal hours, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), entry.District, now, entry.Id, entry.VolunteerId, hours, WireNames.Name(entry.Source), entry.SourceId);

    /// <summary>Loads an entry, applies <paramref name="act"/>, raises what it credits, saves and answers the entry.</summary>
    public static async Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>> ChangeAsync(
        Guid id, VolunteersDbContext db, TimeProvider clock,
        Func<HoursEntry, DateTimeOffset, Task<DomainResult<decimal>>> act,
        CancellationToken cancellationToken)
    {
        var entry = await db.Set<HoursEntry>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return ApiProblems.NotFound("hours entry", id);
        }

        var now = clock.GetUtcNow();
        var result = await act(entry, now);
        if (result.Error is { } error)
        {
            return ApiProblems.From(error);
        }

        if (entry.Status == HoursStatus.Approved && result.Value != 0)
        {
            db.Raise(Credited(entry, result.Value, now), entry.Id);
        }

        if (await db.SaveOrConflictAsync("hours entry", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(HoursEntryResponse.From(entry));
    }
}
