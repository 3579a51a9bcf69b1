using Governance.Contracts.Grid;
using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Cases;

/// <summary>The integration events of a case, built from its state right after the change.</summary>
internal static class CaseEvents
{
    public static CaseReported Reported(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level),
        item.GridId, item.CommunityId, item.StreetId, item.DueAt, item.RequiredSkill);

    public static AssistanceRequested AssistanceRequested(GridCase item, string skill, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, skill, item.GridId, item.CommunityId, item.StreetId, item.DueAt);

    public static CaseEscalated Escalated(GridCase item, CaseLevel from, bool automatic, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(from), WireNames.Name(item.Level),
        item.ResponsibleUnitId, item.DueAt, automatic);

    public static CaseResolved Resolved(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level),
        item.GridId, item.CommunityId, item.StreetId);

    public static CaseClosed Closed(GridCase item, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), item.District, now, item.Id, item.Category, WireNames.Name(item.Level), item.Satisfaction, item.MergedInto);
}
