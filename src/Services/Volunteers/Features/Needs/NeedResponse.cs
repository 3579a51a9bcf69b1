using Governance.ServiceDefaults.Api;
using Governance.Volunteers.Domain.Matching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Volunteers.Features.Needs;

public sealed record WindowDto(DateTimeOffset? From, DateTimeOffset? To);

/// <param name="Kind">What raised the need: <c>grid-case</c>, <c>event-staffing</c>, <c>manual</c>, or a requesting service's own kebab-case name.</param>
/// <param name="Id">The record of that kind the need belongs to.</param>
public sealed record NeedSourceDto(string Kind, Guid Id);

public sealed record AssignmentResponse(Guid VolunteerId, string Name, DateTimeOffset AssignedAt);

public sealed record NeedResponse(
    Guid Id, string Skill, Guid UnitId, WindowDto Window, int Count, NeedStatus Status, NeedSourceDto Source,
    IReadOnlyList<AssignmentResponse> Assignments, string? UnmatchedReason, DateTimeOffset CreatedAt)
{
    public static NeedResponse From(Need need) => new(
        need.Id, need.Skill, need.UnitId, new WindowDto(need.From, need.To), need.Count, need.Status,
        new NeedSourceDto(need.SourceKind, need.SourceId),
        [.. need.Assignments.OrderBy(a => a.AssignedAt).ThenBy(a => a.VolunteerId).Select(a => new AssignmentResponse(a.VolunteerId, a.VolunteerName, a.AssignedAt))],
        need.UnmatchedReason, need.CreatedAt);
}
