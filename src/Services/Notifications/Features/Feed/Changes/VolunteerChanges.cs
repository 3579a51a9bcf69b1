using System.Text.Json.Nodes;
using Governance.Contracts.Volunteers;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Governance.Notifications.Domain.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

// A need is placed where its source is (the case, the activity…), known from the source's own events.

public sealed class VolunteersAssignedChange(NotificationsDbContext db, TimeProvider clock, ILogger<VolunteersAssignedChange> logger)
    : FeedConsumer<VolunteersAssigned>(db, clock, logger)
{
    public const string VolunteerAssigned = "volunteer-assigned";

    protected override async Task<Change?> ChangeOfAsync(VolunteersAssigned message, CancellationToken cancellationToken)
    {
        var where = await LadderOfSubjectAsync(message, message.SourceId, cancellationToken);
        var need = new JsonObject { ["needId"] = message.NeedId, ["sourceKind"] = message.SourceKind, ["sourceId"] = message.SourceId, ["skill"] = message.Skill };
        // The event carries the need's whole current list after every change: only those new to it are told.
        var accounts = message.Volunteers.Select(v => v.Account).OfType<string>().ToList();
        var told = await Db.Set<Notification>().Where(n => n.Kind == VolunteerAssigned && n.SubjectId == message.NeedId && accounts.Contains(n.Recipient))
            .Select(n => n.Recipient).ToListAsync(cancellationToken);
        await NotifyAsync(message, accounts.Except(told), VolunteerAssigned, message.NeedId, need, where, cancellationToken);
        var facts = (JsonObject)need.DeepClone();
        facts["volunteerIds"] = new JsonArray([.. message.Volunteers.Select(v => JsonValue.Create(v.VolunteerId))]);
        return new Change("volunteers-assigned", message.NeedId, where, null, facts);
    }
}

public sealed class NeedUnmatchedChange(NotificationsDbContext db, TimeProvider clock, ILogger<NeedUnmatchedChange> logger)
    : FeedConsumer<NeedUnmatched>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(NeedUnmatched message, CancellationToken cancellationToken) =>
        new("need-unmatched", message.NeedId, await LadderOfSubjectAsync(message, message.SourceId, cancellationToken), null, new JsonObject
        {
            ["needId"] = message.NeedId, ["sourceKind"] = message.SourceKind, ["sourceId"] = message.SourceId, ["skill"] = message.Skill,
            ["requested"] = message.Requested,
        });
}
