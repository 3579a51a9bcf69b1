using Governance.Party.Data;
using Governance.Party.Domain.Organizations;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Organizations;

public static class GetOrganization
{
    /// <summary>The ladder has five levels, so no chain of ancestors is longer than this.</summary>
    private const int MaxAncestors = 4;

    public static async Task<Results<Ok<OrganizationDetailsResponse>, ProblemHttpResult>> Handle(
        Guid id, PartyDbContext db, CancellationToken cancellationToken)
    {
        var organizations = db.Set<PartyOrganization>().AsNoTracking();
        var organization = await organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return ApiProblems.NotFound("organisation", id);
        }

        var ancestors = new List<OrganizationResponse>();
        var next = organization.ParentId;
        while (next is { } parentId && ancestors.Count < MaxAncestors)
        {
            var parent = await organizations.FirstAsync(o => o.Id == parentId, cancellationToken);
            ancestors.Add(OrganizationResponse.From(parent));
            next = parent.ParentId;
        }

        var children = await organizations.Where(o => o.ParentId == id).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var unitName = await db.Units().Where(u => u.Id == organization.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new OrganizationDetailsResponse(
            organization.Id, organization.Level, organization.Name, organization.UnitId, unitName, organization.ParentId, organization.Mobile,
            organization.CreatedAt, ancestors, children.Select(OrganizationResponse.From).ToList()));
    }
}
