using System.Text.Json.Nodes;
using Governance.Contracts;
using Governance.Contracts.Grid;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

/// <summary>
/// What every case event shows: the case, its category and level, where it stands, its band; and, for a
/// change of state, a notification to the resident who reported it with a token (<c>ReporterAccount</c>).
/// Events from before the ladder travelled with them are placed by the case's grid, remembered at its report.
/// </summary>
public abstract class CaseChange<TEvent>(NotificationsDbContext db, TimeProvider clock, ILogger logger) : FeedConsumer<TEvent>(db, clock, logger)
    where TEvent : class, IIntegrationEvent
{
    /// <summary>The kind of a reporter's notification about their case.</summary>
    public const string CaseChanged = "case-changed";

    protected async Task<Change> ShowAsync(
        TEvent message, string type, Guid caseId, string category, string level, Guid? gridId, Guid? communityId, Guid? streetId,
        string? band, string? reporter, JsonObject? more, CancellationToken cancellationToken)
    {
        var where = gridId is { } grid
            ? new UnitLadder(grid, grid, communityId, streetId)
            : await LadderOfSubjectAsync(message, caseId, cancellationToken);
        var facts = new JsonObject { ["caseId"] = caseId, ["category"] = category, ["level"] = level };
        foreach (var (name, value) in more ?? [])
        {
            facts[name] = value?.DeepClone();
        }

        if (type != "case-reported")
        {
            var notice = (JsonObject)facts.DeepClone();
            notice["change"] = type;
            notice["band"] = band;
            await NotifyAsync(message, [reporter], CaseChanged, caseId, notice, where, cancellationToken);
        }

        return new Change(type, caseId, where, band, facts);
    }
}

public sealed class CaseReportedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseReportedChange> logger)
    : CaseChange<CaseReported>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseReported message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.CaseId, message.GridId, cancellationToken);
        // A report is green: its clock has just started (events from before Band travelled carry none).
        return await ShowAsync(message, "case-reported", message.CaseId, message.Category, message.Level, message.GridId, message.CommunityId, message.StreetId,
            message.Band ?? "green", message.ReporterAccount, new JsonObject { ["dueAt"] = message.DueAt }, cancellationToken);
    }
}

public sealed class CaseAcceptedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseAcceptedChange> logger)
    : CaseChange<CaseAccepted>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseAccepted message, CancellationToken cancellationToken) =>
        await ShowAsync(message, "case-accepted", message.CaseId, message.Category, message.Level, message.GridId, message.CommunityId, message.StreetId,
            message.Band, message.ReporterAccount, new JsonObject { ["responsibleUnitId"] = message.ResponsibleUnitId, ["dueAt"] = message.DueAt }, cancellationToken);
}

public sealed class CaseEscalatedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseEscalatedChange> logger)
    : CaseChange<CaseEscalated>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseEscalated message, CancellationToken cancellationToken) =>
        await ShowAsync(message, "case-escalated", message.CaseId, message.Category, message.ToLevel, message.GridId, message.CommunityId, message.StreetId,
            message.Band ?? "green", message.ReporterAccount, new JsonObject
            {
                ["fromLevel"] = message.FromLevel, ["responsibleUnitId"] = message.ResponsibleUnitId, ["dueAt"] = message.DueAt, ["automatic"] = message.Automatic,
            }, cancellationToken);
}

public sealed class CaseOverdueChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseOverdueChange> logger)
    : CaseChange<CaseOverdue>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseOverdue message, CancellationToken cancellationToken) =>
        await ShowAsync(message, "case-overdue", message.CaseId, message.Category, message.Level, message.GridId, message.CommunityId, message.StreetId,
            message.Band ?? "red", message.ReporterAccount, new JsonObject { ["responsibleUnitId"] = message.ResponsibleUnitId, ["dueAt"] = message.DueAt }, cancellationToken);
}

public sealed class CaseResolvedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseResolvedChange> logger)
    : CaseChange<CaseResolved>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseResolved message, CancellationToken cancellationToken) =>
        await ShowAsync(message, "case-resolved", message.CaseId, message.Category, message.Level, message.GridId, message.CommunityId, message.StreetId,
            null, message.ReporterAccount, null, cancellationToken);
}

public sealed class CaseClosedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseClosedChange> logger)
    : CaseChange<CaseClosed>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseClosed message, CancellationToken cancellationToken) =>
        await ShowAsync(message, "case-closed", message.CaseId, message.Category, message.Level, message.GridId, message.CommunityId, message.StreetId,
            null, message.ReporterAccount, new JsonObject { ["satisfaction"] = message.Satisfaction, ["mergedInto"] = message.MergedInto }, cancellationToken);
}

public sealed class CaseReopenedChange(NotificationsDbContext db, TimeProvider clock, ILogger<CaseReopenedChange> logger)
    : CaseChange<CaseReopened>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(CaseReopened message, CancellationToken cancellationToken) =>
        await ShowAsync(message, "case-reopened", message.CaseId, message.Category, message.Level, message.GridId, message.CommunityId, message.StreetId,
            message.Band ?? "green", message.ReporterAccount, new JsonObject { ["responsibleUnitId"] = message.ResponsibleUnitId, ["dueAt"] = message.DueAt }, cancellationToken);
}
