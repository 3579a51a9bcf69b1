using Governance.BuildingBlocks.Data;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Staffing;

/// <param name="At">When it happened, if not now (an organiser catching up from a paper list); never in the future.</param>
public sealed record StaffTimeRequest(DateTimeOffset? At);

public static class GetStaff
{
    public static async Task<Results<Ok<StaffResponse>, ProblemHttpResult>> Handle(Guid id, EventsDbContext db, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is null ? ApiProblems.NotFound("activity", id) : TypedResults.Ok(StaffResponse.From(activity));
    }
}

/// <summary>An assigned volunteer arrives or leaves; both are idempotent (the first time stays). The times become credited hours on completion.</summary>
public static class StaffAttendanceActions
{
    public static Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> CheckIn(
        Guid id, Guid volunteerId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StaffTimeRequest? request,
        EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(db, id, volunteerId, (activity, now) => activity.CheckInStaff(volunteerId, StoredAt(request), now), clock, cancellationToken);

    public static Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> CheckOut(
        Guid id, Guid volunteerId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StaffTimeRequest? request,
        EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(db, id, volunteerId, (activity, now) => activity.CheckOutStaff(volunteerId, StoredAt(request), now), clock, cancellationToken);

    private static DateTimeOffset? StoredAt(StaffTimeRequest? request) => request?.At is { } at ? StoredTime.AsStored(at) : null;

    private static Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> RunAsync(
        EventsDbContext db, Guid id, Guid volunteerId, Func<Activity, DateTimeOffset, DomainError?> act, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityCommand.RunAsync<Ok<StaffMemberResponse>>(db, id, clock, locked =>
            act(locked.Activity, clock.Now()) is { } error
                ? ApiProblems.From(error)
                : TypedResults.Ok(StaffMemberResponse.From(locked.Activity.Staff.First(s => s.VolunteerId == volunteerId))),
            cancellationToken);
}
