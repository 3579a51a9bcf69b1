using Governance.BuildingBlocks.Data;
using Governance.Contracts.Events;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features;

/// <summary>An activity locked for the length of a command, with every registration it has.</summary>
internal sealed record LockedActivity(Activity Activity, List<Registration> Registrations);

/// <summary>
/// What every activity command does around its domain call. The activity's row is locked
/// (<c>SELECT … FOR UPDATE</c>) in a transaction before anything is read, so commands on one
/// activity run one after another across replicas: two registrations can never both count the
/// same free seat, and a cancellation sees every registration made before it. A command that
/// changed the activity's counts announces them (<see cref="RegistrationCountsChanged"/>, one per
/// command, after the command's own events), from the registrations it holds under the lock.
/// </summary>
internal static class ActivityCommand
{
    public static async Task<Results<TOk, ProblemHttpResult>> RunAsync<TOk>(
        EventsDbContext db, Guid id, TimeProvider clock, Func<LockedActivity, Task<Results<TOk, ProblemHttpResult>>> act, CancellationToken cancellationToken)
        where TOk : IResult
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var activity = await db.LockAsync<Activity>(id, cancellationToken);
        if (activity is null)
        {
            return ApiProblems.NotFound("activity", id);
        }

        var registrations = await db.Set<Registration>().Where(r => r.ActivityId == id).ToListAsync(cancellationToken);
        var before = RegistrationCounts.Of(activity, registrations);
        var result = await act(new LockedActivity(activity, registrations));
        if (result.Result is ProblemHttpResult)
        {
            return result;
        }

        if (RegistrationCounts.Of(activity, registrations) is var after && after != before)
        {
            var now = clock.Now();
            db.Raise(new RegistrationCountsChanged(Guid.CreateVersion7(now), activity.District, now, activity.Id, activity.OrganizerUnitId,
                activity.Capacity, after.Registered, after.Waitlisted, after.CheckedIn, after.WalkIns), activity.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The same for an action that has nothing to await.</summary>
    public static Task<Results<TOk, ProblemHttpResult>> RunAsync<TOk>(
        EventsDbContext db, Guid id, TimeProvider clock, Func<LockedActivity, Results<TOk, ProblemHttpResult>> act, CancellationToken cancellationToken)
        where TOk : IResult =>
        RunAsync(db, id, clock, locked => Task.FromResult(act(locked)), cancellationToken);
}
