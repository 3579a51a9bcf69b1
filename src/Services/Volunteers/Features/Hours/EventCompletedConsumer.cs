using Governance.Contracts.Events;
using Governance.ServiceDefaults.Messaging;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Hours;
using Governance.Volunteers.Domain.Pool;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Hours;

/// <summary>
/// Credits the hours of the volunteers who checked in at a completed community event: from their
/// check-in to their check-out, or to the event's end (never past its completion). Staff who never
/// checked in get nothing. A volunteer credited for the event already, unknown here, or whose
/// attendance would overlap hours already in the ledger is skipped with a log line, not failed:
/// the other volunteers of the event must still be credited.
/// </summary>
public sealed partial class EventCompletedConsumer(VolunteersDbContext db, TimeProvider clock, ILogger<EventCompletedConsumer> logger)
    : IntegrationEventConsumer<EventCompleted, VolunteersDbContext>(db, logger)
{
    protected override void Validate(EventCompleted message)
    {
        if (message.ActivityId == Guid.Empty || message.Staff is null)
        {
            throw new InvalidMessageException($"EventCompleted {message.EventId} names no activity or has no staff list.");
        }
    }

    protected override async Task HandleAsync(EventCompleted message, CancellationToken cancellationToken)
    {
        // Our clock may lag the events service's: its completion instant is "now" at the latest.
        var now = clock.GetUtcNow() > message.OccurredAt ? clock.GetUtcNow() : message.OccurredAt;
        var attended = message.Staff.Where(s => s.CheckedInAt is not null && s.VolunteerId != Guid.Empty).DistinctBy(s => s.VolunteerId).ToList();
        var ids = attended.Select(s => s.VolunteerId).ToList();
        var known = await Db.Set<Volunteer>().Where(v => ids.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken);
        var credited = await Db.Set<HoursEntry>()
            .Where(e => e.Source == HoursSource.Event && e.SourceId == message.ActivityId && ids.Contains(e.VolunteerId))
            .Select(e => e.VolunteerId).ToListAsync(cancellationToken);

        foreach (var staff in attended)
        {
            if (!known.Contains(staff.VolunteerId) || credited.Contains(staff.VolunteerId))
            {
                LogSkipped(logger, staff.VolunteerId, message.ActivityId, known.Contains(staff.VolunteerId) ? "already credited" : "unknown volunteer");
                continue;
            }

            var start = staff.CheckedInAt!.Value;
            var end = staff.CheckedOutAt ?? (message.EndsAt < message.OccurredAt ? message.EndsAt : message.OccurredAt);
            var others = await HoursLedger.PeriodsNearAsync(Db, staff.VolunteerId, start, end, cancellationToken);
            var entry = HoursEntry.FromEvent(staff.VolunteerId, message.ActivityId, message.Title, start, end, others, now);
            if (entry.Error is { } error)
            {
                LogSkipped(logger, staff.VolunteerId, message.ActivityId, error.Detail);
                continue;
            }

            var credit = entry.Value!;
            credit.District = message.District;
            Db.Add(credit);
            Db.Raise(HoursLedger.Credited(credit, credit.Hours, now), credit.Id);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Hours of volunteer {VolunteerId} at activity {ActivityId} were not credited: {Reason}")]
    private static partial void LogSkipped(ILogger logger, Guid volunteerId, Guid activityId, string reason);
}
