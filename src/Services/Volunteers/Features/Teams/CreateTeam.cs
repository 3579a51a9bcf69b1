using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Features.Volunteers;
using Microsoft.AspNetCore.Http.HttpResults;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Teams;

public static class CreateTeam
{
    public static async Task<Results<Created<TeamResponse>, ProblemHttpResult>> Handle(
        CreateTeamRequest request, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var home = await UnitPaths.PlaceAsync(db, request.HomeUnitId!.Value, cancellationToken);
        if (home is not { Level: "street" or "community" or "grid" })
        {
            return ApiProblems.Unprocessable($"homeUnitId '{request.HomeUnitId}' names no street, community or grid of your district.");
        }

        var memberIds = request.MemberIds ?? [];
        var names = await TeamMembers.NamesAsync(db, memberIds, cancellationToken);
        if (memberIds.FirstOrDefault(id => !names.ContainsKey(id)) is var unknown && unknown != Guid.Empty)
        {
            return ApiProblems.Unprocessable($"memberIds: '{unknown}' names no volunteer of your district.");
        }

        var now = clock.GetUtcNow();
        var team = Team.Create(request.Name!, home.Id, request.Focus ?? [], now);
        foreach (var id in memberIds)
        {
            team.Join(id, now);
        }

        db.Set<Team>().Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/volunteers/teams/{team.Id}", TeamResponse.From(team, names));
    }
}
