using Governance.Contracts.Events;
using Governance.Contracts.Grid;
using Governance.Contracts.Volunteers;
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
            NeedSources.GridCase, message.CaseId, message.OccurredAt);
        return IncomingNeeds.AssignAsync(Db, message.District, need, cancellationToken);
    }
}

/// <summary>An activity needs volunteers with a skill for its time window, assigned at once.</summary>
public sealed class StaffingRequestedConsumer(VolunteersDbContext db, ILogger<StaffingRequestedConsumer> logger)
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

    protected override Task HandleAsync(StaffingRequested message, CancellationToken cancellationToken) =>
        IncomingNeeds.RaiseAtUnitAsync(Db, message.District, message.Skill, message.UnitId, new TimeWindow(message.StartsAt, message.EndsAt),
            message.Count, NeedSources.EventStaffing, message.ActivityId, message.OccurredAt, Logger, cancellationToken);
}

/// <summary>
/// Any service's request for volunteers (a place's shift, a new domain's duty), assigned at once and
/// answered under the requester's own source kind: the generic protocol a new domain uses without a
/// change here.
/// </summary>
public sealed class VolunteersRequestedConsumer(VolunteersDbContext db, ILogger<VolunteersRequestedConsumer> logger)
    : IntegrationEventConsumer<VolunteersRequested, VolunteersDbContext>(db, logger)
{
    protected override void Validate(VolunteersRequested message)
    {
        if (!NeedSourceKinds.IsValid(message.SourceKind) || NeedSourceKinds.IsReserved(message.SourceKind) || message.SourceId == Guid.Empty
            || message.UnitId == Guid.Empty || !SkillCodes.IsValid(message.Skill) || message.Count is < 1 or > Need.MaxCount
            || message.To <= message.From || message.To - message.From > Need.MaxWindow)
        {
            throw new InvalidMessageException(
                $"VolunteersRequested {message.EventId} is malformed: it needs a kebab-case source kind of its own (not grid-case, event-staffing or manual), "
                + $"a source id, a unit, a kebab-case skill, a count of 1–{Need.MaxCount} and a window that ends after it starts, within {Need.MaxWindow.TotalDays} days.");
        }
    }

    protected override Task HandleAsync(VolunteersRequested message, CancellationToken cancellationToken) =>
        IncomingNeeds.RaiseAtUnitAsync(Db, message.District, message.Skill, message.UnitId, new TimeWindow(message.From, message.To),
            message.Count, message.SourceKind, message.SourceId, message.OccurredAt, Logger, cancellationToken);
}

/// <summary>
/// A requester withdrew its request: its needs release their volunteers. The requester announces the
/// withdrawal again when an answer reaches it afterwards, so a request that overtook its withdrawal is released too.
/// </summary>
public sealed class VolunteerRequestWithdrawnConsumer(VolunteersDbContext db, ILogger<VolunteerRequestWithdrawnConsumer> logger)
    : IntegrationEventConsumer<VolunteerRequestWithdrawn, VolunteersDbContext>(db, logger)
{
    protected override void Validate(VolunteerRequestWithdrawn message)
    {
        if (!NeedSourceKinds.IsValid(message.SourceKind) || NeedSourceKinds.IsReserved(message.SourceKind) || message.SourceId == Guid.Empty)
        {
            throw new InvalidMessageException(
                $"VolunteerRequestWithdrawn {message.EventId} is malformed: it needs a kebab-case source kind of its own and a source id.");
        }
    }

    protected override Task HandleAsync(VolunteerRequestWithdrawn message, CancellationToken cancellationToken) =>
        IncomingNeeds.ReleaseAsync(Db, message.SourceKind, message.SourceId, message.EventId, Logger, cancellationToken);
}

/// <summary>
/// A cancelled activity releases the volunteers staffing it. The events service announces the
/// cancellation again when an answer reaches it after the cancellation, so a staffing request that
/// overtook the cancellation is released too.
/// </summary>
public sealed class ActivityCancelledConsumer(VolunteersDbContext db, ILogger<ActivityCancelledConsumer> logger)
    : IntegrationEventConsumer<ActivityCancelled, VolunteersDbContext>(db, logger)
{
    protected override void Validate(ActivityCancelled message)
    {
        if (message.ActivityId == Guid.Empty)
        {
            throw new InvalidMessageException($"ActivityCancelled {message.EventId} names no activity.");
        }
    }

    protected override Task HandleAsync(ActivityCancelled message, CancellationToken cancellationToken) =>
        IncomingNeeds.ReleaseAsync(Db, NeedSources.EventStaffing, message.ActivityId, message.EventId, Logger, cancellationToken);
}

internal static partial class IncomingNeeds
{
    /// <summary>
    /// Raises a need at a unit and assigns it. A unit this service does not know yet only costs proximity
    /// points: the staffing still happens (waiting for the unit would leave the requester unanswered), with
    /// everyone ranked as far away.
    /// </summary>
    public static async Task RaiseAtUnitAsync(
        VolunteersDbContext db, string district, string skill, Guid unitId, TimeWindow window, int count, string sourceKind, Guid sourceId,
        DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        var place = (await UnitPaths.PlaceAsync(db, unitId, cancellationToken))?.Path;
        if (place is null)
        {
            LogUnknownUnit(logger, sourceKind, sourceId, unitId);
        }

        var need = Need.Raise(skill, unitId, place ?? UnitPath.None, window, count, sourceKind, sourceId, now);
        await AssignAsync(db, district, need, cancellationToken);
    }

    /// <summary>Cancels the source's needs, releasing their volunteers.</summary>
    public static async Task ReleaseAsync(VolunteersDbContext db, string sourceKind, Guid sourceId, Guid eventId, ILogger logger, CancellationToken cancellationToken)
    {
        var needs = await db.Set<Need>()
            .Where(n => n.SourceKind == sourceKind && n.SourceId == sourceId && n.Status != NeedStatus.Cancelled)
            .ToListAsync(cancellationToken);
        if (needs.Count == 0)
        {
            // Nothing asked for, or released by an earlier announcement. A request still on its way is
            // answered after the withdrawal, and the requester then announces it again.
            LogNothingToRelease(logger, sourceKind, sourceId, eventId);
        }

        foreach (var need in needs)
        {
            need.Cancel();
        }
    }

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

    [LoggerMessage(LogLevel.Warning, "{SourceKind} {SourceId} asks for volunteers at unit {UnitId}, which this service does not know (yet); its need has no place and matching ignores proximity")]
    private static partial void LogUnknownUnit(ILogger logger, string sourceKind, Guid sourceId, Guid unitId);

    [LoggerMessage(LogLevel.Information, "{SourceKind} {SourceId} has no need left to release; event {EventId} changes nothing")]
    private static partial void LogNothingToRelease(ILogger logger, string sourceKind, Guid sourceId, Guid eventId);
}
