using Governance.Party.Data;
using Governance.Party.Domain.Organizations;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Organizations;

public static class OrganizationTree
{
    /// <summary>Four levels below a street working committee reach the members' households.</summary>
    public const int MaxDepth = 4;

    /// <param name="depth">Levels below the organisation to include, 0–4 (default 4: everything).</param>
    public static async Task<Results<Ok<OrganizationNode>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, PartyDbContext db, CancellationToken cancellationToken, int? depth = null)
    {
        if (depth is < 0 or > MaxDepth)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["depth"] = [$"depth must be between 0 and {MaxDepth}."] });
        }

        var organizations = db.Set<PartyOrganization>().AsNoTracking();
        var root = await organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (root is null)
        {
            return ApiProblems.NotFound("organisation", id);
        }

        // One query per level: the tree is at most five levels deep.
        var below = new List<PartyOrganization>();
        List<Guid> frontier = [root.Id];
        for (var level = 0; level < (depth ?? MaxDepth) && frontier.Count > 0; level++)
        {
            var parents = frontier;
            var children = await organizations.Where(o => o.ParentId != null && parents.Contains(o.ParentId.Value)).ToListAsync(cancellationToken);
            below.AddRange(children);
            frontier = children.Select(c => c.Id).ToList();
        }

        var byParent = below.ToLookup(o => o.ParentId!.Value);
        return TypedResults.Ok(Node(root, byParent));
    }

    private static OrganizationNode Node(PartyOrganization organization, ILookup<Guid, PartyOrganization> byParent) =>
        new(organization.Id, organization.Level, organization.Name, organization.UnitId, organization.Mobile,
            byParent[organization.Id].OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).Select(c => Node(c, byParent)).ToList());
}
