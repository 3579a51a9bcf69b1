using System.Text.Json.Nodes;
using Governance.Contracts.Grid;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

// A new case and one that climbs start a fresh clock at their level: green. Resolved and closed cases run no clock.

public sealed class CaseReportedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseReportedChange> logger)
    : FeedConsumer<CaseReported>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseReported message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.CaseId, message.GridId, cancellationToken);
        return new Change("case-reported", message.CaseId, new UnitLadder(message.GridId, message.GridId, message.CommunityId, message.StreetId), "green",
            new JsonObject { ["caseId"] = message.CaseId, ["category"] = message.Category, ["level"] = message.Level, ["dueAt"] = message.DueAt });
    }
}

public sealed class CaseEscalatedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseEscalatedChange> logger)
    : FeedConsumer<CaseEscalated>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseEscalated message, CancellationToken cancellationToken) =>
        new("case-escalated", message.CaseId, await LadderOfSubjectAsync(message, message.CaseId, cancellationToken), "green", new JsonObject
        {
            ["caseId"] = message.CaseId, ["category"] = message.Category, ["fromLevel"] = message.FromLevel, ["level"] = message.ToLevel,
            ["responsibleUnitId"] = message.ResponsibleUnitId, ["dueAt"] = message.DueAt, ["automatic"] = message.Automatic,
        });
}

public sealed class CaseResolvedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseResolvedChange> logger)
    : FeedConsumer<CaseResolved>(db, clock, logger)
{
    protected override Task<Change?> ChangeOfAsync(CaseResolved message, CancellationToken cancellationToken) =>
        Task.FromResult<Change?>(new("case-resolved", message.CaseId, new UnitLadder(message.GridId, message.GridId, message.CommunityId, message.StreetId), null,
            new JsonObject { ["caseId"] = message.CaseId, ["category"] = message.Category, ["level"] = message.Level }));
}

public sealed class CaseClosedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseClosedChange> logger)
    : FeedConsumer<CaseClosed>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseClosed message, CancellationToken cancellationToken) =>
        new("case-closed", message.CaseId, await LadderOfSubjectAsync(message, message.CaseId, cancellationToken), null, new JsonObject
        {
            ["caseId"] = message.CaseId, ["category"] = message.Category, ["level"] = message.Level,
            ["satisfaction"] = message.Satisfaction, ["mergedInto"] = message.MergedInto,
        });
}
