using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Api;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Teams;

public static class TeamMembership
{
    public static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Join(
        Guid id, AddMemberRequest request, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return ApiProblems.NotFound("team", id);
        }

        var volunteerId = request.VolunteerId!.Value;
        if (!await db.Set<Volunteer>().AnyAsync(v => v.Id == volunteerId, cancellationToken))
        {
            return ApiProblems.Unprocessable($"volunteerId '{volunteerId}' names no volunteer of your district.");
        }

        if (!team.Join(volunteerId, clock.GetUtcNow()))
        {
            return ApiProblems.Conflict("Already a member.", $"Volunteer {volunteerId} already belongs to team {id}.");
        }

        return await SaveAsync(team, db, cancellationToken);
    }

    public static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Leave(
        Guid id, Guid volunteerId, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return ApiProblems.NotFound("team", id);
        }

        if (!team.Leave(volunteerId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Member not found.",
                detail: $"Volunteer {volunteerId} does not belong to team {id}.");
        }

        return await SaveAsync(team, db, cancellationToken);
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> SaveAsync(Team team, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        if (await db.SaveOrConflictAsync("team", team.Id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(TeamResponse.From(team, await TeamMembers.NamesAsync(db, team.Members.Select(m => m.VolunteerId), cancellationToken)));
    }
}
