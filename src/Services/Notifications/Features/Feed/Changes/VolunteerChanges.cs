using System.Text.Json.Nodes;
using Governance.Contracts.Volunteers;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

// A need is placed where its source is (the case, the activity…), known from the source's own events.

public sealed class VolunteersAssignedChange(NotificationsDbContext db, TimeProvider clock, ILogger<VolunteersAssignedChange> logger)
    : FeedConsumer<VolunteersAssigned>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(VolunteersAssigned message, CancellationToken cancellationToken) =>
        new("volunteers-assigned", message.NeedId, await LadderOfSubjectAsync(message, message.SourceId, cancellationToken), null, new JsonObject
        {
            ["needId"] = message.NeedId, ["sourceKind"] = message.SourceKind, ["sourceId"] = message.SourceId, ["skill"] = message.Skill,
            ["volunteerIds"] = new JsonArray([.. message.Volunteers.Select(v => JsonValue.Create(v.VolunteerId))]),
        });
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
