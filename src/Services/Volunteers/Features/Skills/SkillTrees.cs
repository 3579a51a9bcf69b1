using Governance.ServiceDefaults.Districts;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Skills;

/// <summary>Loads the skill tree the current district sees: platform nodes and its own.</summary>
public sealed class SkillTrees(VolunteersDbContext db, IDistrictContext districts)
{
    private SkillTree? tree;

    public async ValueTask<SkillTree> CurrentAsync(CancellationToken cancellationToken)
    {
        if (tree is not null)
        {
            return tree;
        }

        // skills is not district-filtered (platform nodes belong to no district), so the district is named here.
        var district = districts.Caller.District;
        var nodes = await db.Set<SkillNode>().AsNoTracking()
            .Where(n => n.District == null || n.District == district)
            .ToListAsync(cancellationToken);
        return tree = new SkillTree(nodes);
    }
}
