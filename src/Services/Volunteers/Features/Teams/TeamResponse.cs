using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Features.Teams;

public sealed record TeamMemberResponse(Guid VolunteerId, string Name, DateTimeOffset JoinedAt);

public sealed record TeamResponse(Guid Id, string Name, Guid HomeUnitId, IReadOnlyList<FocusGroup> Focus, IReadOnlyList<TeamMemberResponse> Members, DateTimeOffset CreatedAt)
{
    public static TeamResponse From(Team team, IReadOnlyDictionary<Guid, string> names) => new(
        team.Id, team.Name, team.HomeUnitId, team.Focus,
        [.. team.Members.OrderBy(m => m.JoinedAt).ThenBy(m => m.VolunteerId)
            .Select(m => new TeamMemberResponse(m.VolunteerId, names.GetValueOrDefault(m.VolunteerId, ""), m.JoinedAt))],
        team.CreatedAt);
}
