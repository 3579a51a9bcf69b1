using Governance.Contracts.Events;
using Governance.Contracts.Grid;
using Governance.BuildingBlocks.Messaging;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Skills;
using Governance.Volunteers.Features.Volunteers;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

/// <summary>A grid case needs a skill: one volunteer, from now until the case's deadline, assigned at once.</summary>
public sealed class AssistanceRequestedConsumer(VolunteersDbContext db, ILogger<AssistanceRequestedConsumer> logger)
    : IntegrationEventConsumer<AssistanceRequested, VolunteersDbContext>(db, logger)
{
    protected override void Validate(AssistanceRequested message)
    {
        if (message.CaseId == Guid.Empty || message.GridId == Guid.Empty || !SkillCodes.IsValid(message.Skill))
        {
            throw new InvalidMessageException($"AssistanceRequested {message.EventId} is malformed: it needs a case, a grid and a kebab-case skill.");
        }
    }

    protected override Task HandleAsync(AssistanceRequested message, CancellationToken cancellationToken)
    {
        var place = new UnitPath(message.StreetId, message.CommunityId, message.GridId);
        // A deadline already past still deserves help: the window then covers the next hour.
        var to = message.DueAt > message.OccurredAt ? message.DueAt : message.OccurredAt.AddHours(1);
        var need = Need.Raise(message.Skill, message.GridId, place, new TimeWindow(message.OccurredAt, to), 1,
            NeedSourceKind.GridCase, message.CaseId, message.OccurredAt);
        return IncomingNeeds.AssignAsync(Db, message.District, need, cancellationToken);
    }
}

/// <summary>An activity needs volunteers with a skill for its time window, assigned at once.</summary>
public sealed partial class StaffingRequestedConsumer(VolunteersDbContext db, ILogger<StaffingRequestedConsumer> logger)
    : IntegrationEventConsumer<StaffingRequested, VolunteersDbContext>(db, logger)
{
    protected override void Validate(StaffingRequested message)
    {
        if (message.ActivityId == Guid.Empty || !SkillCodes.IsValid(message.Skill) || message.Count is < 1 or > Need.MaxCount
            || message.EndsAt <= message.StartsAt)
        {
            throw new InvalidMessageException(
                $"StaffingRequested {message.EventId} is malformed: it needs an activity, a kebab-case skill, a count of 1–{Need.MaxCount} and a window that ends after it starts.");
        }
    }

    protected override async Task HandleAsync(StaffingRequested message, CancellationToken cancellationToken)
    {
        // A unit this service does not know yet only costs proximity points: the staffing still happens
        // (waiting for the unit would leave the activity unanswered), with everyone ranked as far away.
        var place = (await UnitPaths.PlaceAsync(Db, message.UnitId, cancellationToken))?.Path;
        if (place is null)
        {
            LogUnknownUnit(logger, message.ActivityId, message.UnitId);
        }

        var need = Need.Raise(message.Skill, message.UnitId, place ?? UnitPath.None, new TimeWindow(message.StartsAt, message.EndsAt), message.Count,
            NeedSourceKind.EventStaffing, message.ActivityId, message.OccurredAt);
        await IncomingNeeds.AssignAsync(Db, message.District, need, cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Activity {ActivityId} is staffed from unit {UnitId}, which this service does not know (yet); its need has no place and matching ignores proximity")]
    private static partial void LogUnknownUnit(ILogger logger, Guid activityId, Guid unitId);
}

/// <summary>
/// A cancelled activity releases the volunteers staffing it. The events service announces the
/// cancellation again when an answer reaches it after the cancellation, so a staffing request that
/// overtook the cancellation is released too.
/// </summary>
public sealed partial class ActivityCancelledConsumer(VolunteersDbContext db, ILogger<ActivityCancelledConsumer> logger)
    : IntegrationEventConsumer<ActivityCancelled, VolunteersDbContext>(db, logger)
{
    protected override void Validate(ActivityCancelled message)
    {
        if (message.ActivityId == Guid.Empty)
        {
            throw new InvalidMessageException($"ActivityCancelled {message.EventId} names no activity.");
        }
    }

    protected override async Task HandleAsync(ActivityCancelled message, CancellationToken cancellationToken)
    {
        var needs = await Db.Set<Need>()
            .Where(n => n.SourceKind == NeedSourceKind.EventStaffing && n.SourceId == message.ActivityId && n.Status != NeedStatus.Cancelled)
            .ToListAsync(cancellationToken);
        if (needs.Count == 0)
        {
            // No staff asked for, or released by an earlier announcement. A staffing request still on its
            // way is answered after the cancellation, and the events service then announces it again.
            LogNothingToRelease(logger, message.ActivityId, message.EventId);
        }

        foreach (var need in needs)
        {
            need.Cancel();
        }
    }

    [LoggerMessage(LogLevel.Information, "Activity {ActivityId} has no staffing need left to release; ActivityCancelled {EventId} changes nothing")]
    private static partial void LogNothingToRelease(ILogger logger, Guid activityId, Guid eventId);
}

internal static class IncomingNeeds
{
    /// <summary>
    /// Stores the need and assigns its best matches in the consumer's transaction. The requesting
    /// service always hears back: who is coming, or <c>NeedUnmatched</c> with the reason, also when
    /// the assignment itself was refused.
    /// </summary>
    public static async Task AssignAsync(VolunteersDbContext db, string district, Need need, CancellationToken cancellationToken)
    {
        // Stamped now rather than at SaveChanges: the events raised below carry the need's district.
        need.District = district;
        db.Set<Need>().Add(need);
        var tree = new SkillTree(await db.Set<SkillNode>().AsNoTracking()
            .Where(n => n.District == null || n.District == district)
            .ToListAsync(cancellationToken));
        if (await NeedMatching.AutoAssignAsync(db, need, tree, need.Count, need.CreatedAt, cancellationToken) is { } refused)
        {
            // Retrying would be refused the same way; the need stays open for a coordinator, and the case or activity shows why.
            NeedMatching.RaiseUnmatched(db, need, refused.Detail, need.CreatedAt);
        }
    }
}
