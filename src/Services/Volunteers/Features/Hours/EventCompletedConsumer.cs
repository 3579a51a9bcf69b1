using Governance.Contracts.Events;
using Governance.BuildingBlocks.Messaging;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Hours;
using Governance.Volunteers.Domain.Pool;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Hours;

/// <summary>
/// Credits the hours of the volunteers who checked in at a completed community event: from their
/// check-in to their check-out, or to the event's end (never past its completion). Staff who never
/// checked in get nothing. A volunteer unknown here, or whose attendance the ledger refuses (it would
/// overlap hours already there, or its period breaks a rule), is skipped with a warning rather than
/// failing the event: the other volunteers of the event must still be credited, and retrying would
/// be refused the same way. A volunteer credited for the event already stays as credited.
/// </summary>
public sealed partial class EventCompletedConsumer(VolunteersDbContext db, TimeProvider clock, ILogger<EventCompletedConsumer> logger)
    : IntegrationEventConsumer<EventCompleted, VolunteersDbContext>(db, logger)
{
    protected override void Validate(EventCompleted message)
    {
        if (message.ActivityId == Guid.Empty || message.Staff is null || message.Staff.Any(s => s is null || s.VolunteerId == Guid.Empty))
        {
            throw new InvalidMessageException($"EventCompleted {message.EventId} names no activity, or its staff list is missing or names a volunteer without an id.");
        }
    }

    protected override async Task HandleAsync(EventCompleted message, CancellationToken cancellationToken)
    {
        // Our clock may lag the events service's: its completion instant is "now" at the latest.
        var now = clock.GetUtcNow() > message.OccurredAt ? clock.GetUtcNow() : message.OccurredAt;
        // A volunteer staffing two skills is listed twice; one check-in is one attendance.
        var attended = message.Staff.Where(s => s.CheckedInAt is not null).DistinctBy(s => s.VolunteerId).ToList();
        var absent = message.Staff.Select(s => s.VolunteerId).Distinct().Count() - attended.Count;
        if (absent > 0)
        {
            LogNeverCheckedIn(logger, absent, message.ActivityId);
        }

        var ids = attended.Select(s => s.VolunteerId).ToList();
        var known = await Db.Set<Volunteer>().Where(v => ids.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken);
        var credited = await Db.Set<HoursEntry>()
            .Where(e => e.Source == HoursSource.Event && e.SourceId == message.ActivityId && ids.Contains(e.VolunteerId))
            .Select(e => e.VolunteerId).ToListAsync(cancellationToken);

        foreach (var staff in attended)
        {
            if (credited.Contains(staff.VolunteerId))
            {
                LogAlreadyCredited(logger, staff.VolunteerId, message.ActivityId);
                continue;
            }

            if (!known.Contains(staff.VolunteerId))
            {
                LogNotCredited(logger, staff.VolunteerId, message.ActivityId, "this service has no such volunteer in the district");
                continue;
            }

            var start = staff.CheckedInAt!.Value;
            var end = staff.CheckedOutAt ?? (message.EndsAt < message.OccurredAt ? message.EndsAt : message.OccurredAt);
            var others = await HoursLedger.PeriodsNearAsync(Db, staff.VolunteerId, start, end, cancellationToken);
            var entry = HoursEntry.FromEvent(staff.VolunteerId, message.ActivityId, message.Title, start, end, others, now);
            if (entry.Error is { } error)
            {
                LogNotCredited(logger, staff.VolunteerId, message.ActivityId, error.Detail);
                continue;
            }

            var credit = entry.Value!;
            credit.District = message.District;
            Db.Add(credit);
            Db.Raise(HoursLedger.Credited(credit, credit.Hours, now), credit.Id);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Count} staff member(s) of activity {ActivityId} never checked in and get no hours for it")]
    private static partial void LogNeverCheckedIn(ILogger logger, int count, Guid activityId);

    [LoggerMessage(LogLevel.Information, "Volunteer {VolunteerId} was credited for activity {ActivityId} already; the credit stays as it is")]
    private static partial void LogAlreadyCredited(ILogger logger, Guid volunteerId, Guid activityId);

    [LoggerMessage(LogLevel.Warning, "Hours of volunteer {VolunteerId} at activity {ActivityId} were not credited: {Reason}")]
    private static partial void LogNotCredited(ILogger logger, Guid volunteerId, Guid activityId, string reason);
}
