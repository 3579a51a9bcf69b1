using Governance.Volunteers.Domain.Skills;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Volunteers.Features.Skills;

/// <summary>A node of the skill tree; <see cref="Platform"/> nodes are shared by every district.</summary>
public sealed record SkillResponse(string Code, string? ParentCode, string Name, string? LocalName, bool Platform)
{
    public static SkillResponse From(SkillNode node) => new(node.Code, node.ParentCode, node.Name, node.LocalName, node.District is null);
}

public static class ListSkills
{
    public static async Task<Ok<IReadOnlyList<SkillResponse>>> Handle(SkillTrees trees, CancellationToken cancellationToken)
    {
        var tree = await trees.CurrentAsync(cancellationToken);
        IReadOnlyList<SkillResponse> skills = [.. tree.Nodes
            .OrderBy(n => n.ParentCode ?? n.Code, StringComparer.Ordinal)
            .ThenBy(n => n.ParentCode is not null)
            .ThenBy(n => n.Code, StringComparer.Ordinal)
            .Select(SkillResponse.From)];
        return TypedResults.Ok(skills);
    }
}
