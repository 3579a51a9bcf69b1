using Governance.ServiceDefaults.Api;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Teams;

public static class GetTeam
{
    public static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Handle(Guid id, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return team is null
            ? ApiProblems.NotFound("team", id)
            : TypedResults.Ok(TeamResponse.From(team, await TeamMembers.NamesAsync(db, team.Members.Select(m => m.VolunteerId), cancellationToken)));
    }
}

public static class ListTeams
{
    /// <summary>Teams, optionally of one home unit, by name.</summary>
    public static async Task<Results<Ok<PagedResponse<TeamResponse>>, ValidationProblem>> Handle(
        VolunteersDbContext db, CancellationToken cancellationToken, Guid? unitId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<Team>().AsNoTracking();
        if (unitId is not null)
        {
            query = query.Where(t => t.HomeUnitId == unitId);
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var teams = await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var names = await TeamMembers.NamesAsync(db, teams.SelectMany(t => t.Members.Select(m => m.VolunteerId)), cancellationToken);
        return TypedResults.Ok(new PagedResponse<TeamResponse>([.. teams.Select(t => TeamResponse.From(t, names))], pageNumber, size, total));
    }
}
