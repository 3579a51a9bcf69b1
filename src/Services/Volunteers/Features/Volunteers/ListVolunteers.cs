using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Features.Skills;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Volunteers;

public static class ListVolunteers
{
    /// <summary>
    /// Volunteers with a skill (or one beneath it), living in a unit (a street, community or grid,
    /// everything beneath included), of a kind; one page at a time, by name.
    /// </summary>
    [QueryEnum<VolunteerKind>("kind")]
    public static async Task<Results<Ok<PagedResponse<VolunteerResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        VolunteersDbContext db, SkillTrees trees, ContactAccess access, CancellationToken cancellationToken,
        string? skill = null, Guid? unitId = null, string? kind = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var kindValue = default(VolunteerKind);
        if (kind is not null && !WireNames.TryParse(kind, out kindValue))
        {
            errors["kind"] = [$"kind must be one of {WireNames.Names<VolunteerKind>()}."];
        }

        var tree = await trees.CurrentAsync(cancellationToken);
        if (skill is not null && !tree.Contains(skill))
        {
            errors["skill"] = ["skill is not in the skill tree (GET /api/volunteers/skills)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<Volunteer>().AsNoTracking();
        if (skill is not null)
        {
            var accepted = tree.Subtree(skill).ToList();
            query = query.Where(v => v.Skills.Any(s => accepted.Contains(s.Skill)));
        }

        if (kind is not null)
        {
            query = query.Where(v => v.Kind == kindValue);
        }

        if (unitId is { } id)
        {
            var unit = await UnitPaths.PlaceAsync(db, id, cancellationToken);
            if (unit is null)
            {
                return ApiProblems.NotFound("unit", id);
            }

            // Volunteers live in communities and grids, so a building holds none of them.
            query = unit.Level switch
            {
                "street" => query.Where(v => v.StreetId == id),
                "community" => query.Where(v => v.CommunityId == id),
                "grid" => query.Where(v => v.GridId == id),
                _ => query.Where(_ => false),
            };
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var volunteers = await query.OrderBy(v => v.Name).ThenBy(v => v.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var viewer = access.Viewer;
        return TypedResults.Ok(new PagedResponse<VolunteerResponse>(
            [.. volunteers.Select(v => VolunteerResponse.From(v, viewer))], pageNumber, size, total));
    }
}
