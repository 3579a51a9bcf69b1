using Governance.Contracts.Grid;
using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Cases;

/// <summary>
/// The integration events of a case, built from its state right after the change: each carries the
/// case's ladder, its band at <c>now</c> (wire name, null when no clock runs) and the reporter's account.
/// </summary>
public static class CaseEvents
{
    public static CaseReported Reported(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level),
        item.GridId, item.CommunityId, item.StreetId, item.DueAt, item.RequiredSkill, Band(item, now), item.ReporterAccount);

    public static AssistanceRequested AssistanceRequested(GridCase item, string skill, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, skill, item.GridId, item.CommunityId, item.StreetId, item.DueAt);

    public static CaseEscalated Escalated(GridCase item, CaseLevel from, bool automatic, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(from), WireNames.Name(item.Level),
        item.ResponsibleUnitId, item.DueAt, automatic, item.GridId, item.CommunityId, item.StreetId, Band(item, now), item.ReporterAccount);

    public static CaseResolved Resolved(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level),
        item.GridId, item.CommunityId, item.StreetId, Band(item, now), item.ReporterAccount);

    public static CaseClosed Closed(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level), item.Satisfaction, item.MergedInto,
        item.GridId, item.CommunityId, item.StreetId, Band(item, now), item.ReporterAccount);

    public static CaseAccepted Accepted(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level), item.ResponsibleUnitId, item.DueAt,
        item.GridId, item.CommunityId, item.StreetId, Band(item, now), item.ReporterAccount);

    public static CaseOverdue Overdue(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level), item.ResponsibleUnitId, item.DueAt,
        item.GridId, item.CommunityId, item.StreetId, Band(item, now), item.ReporterAccount);

    public static CaseReopened Reopened(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level), item.ResponsibleUnitId, item.DueAt,
        item.GridId, item.CommunityId, item.StreetId, Band(item, now), item.ReporterAccount);

    /// <summary>
    /// <see cref="CaseReopened"/> when the step just taken reopened the case (an Open311 update asking for it
    /// reopens a resolved or closed case, any other update is a comment), nothing otherwise.
    /// </summary>
    public static IEnumerable<CaseReopened> ReopenedBy(GridCase item, DateTimeOffset now) =>
        item.History is [.., { Action: CaseAction.Reopen }] ? [Reopened(item, now)] : [];

    private static string? Band(GridCase item, DateTimeOffset now) => item.BandAt(now) is { } band ? WireNames.Name(band) : null;
}
