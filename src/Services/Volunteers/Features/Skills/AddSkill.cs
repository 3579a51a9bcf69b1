using FluentValidation;
using Governance.ServiceDefaults.Districts;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Skills;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Skills;

public sealed record AddSkillRequest(string? Code, string? ParentCode, string? Name, string? LocalName);

public sealed class AddSkillValidator : AbstractValidator<AddSkillRequest>
{
    public AddSkillValidator()
    {
        RuleFor(r => r.Code).NotEmpty().Must(SkillCodes.IsValid).WithMessage("code must be kebab-case (e.g. 'sign-language'), at most 64 characters.");
        RuleFor(r => r.ParentCode).Must(SkillCodes.IsValid).When(r => r.ParentCode is not null).WithMessage("parentCode must be a kebab-case skill code.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(SkillNode.MaxNameLength);
        RuleFor(r => r.LocalName).MaximumLength(SkillNode.MaxNameLength);
    }
}

public static class AddSkill
{
    /// <summary>Adds a node of the district's own beneath the platform's (or its own) nodes.</summary>
    public static async Task<Results<Created<SkillResponse>, ProblemHttpResult>> Handle(
        AddSkillRequest request, VolunteersDbContext db, SkillTrees trees, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (districts.Caller.District is not { } district)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "District access denied.",
                detail: "The caller's token names no district, so it cannot add skills.");
        }

        var tree = await trees.CurrentAsync(cancellationToken);
        if (tree.RefuseNewNode(request.Code!, request.ParentCode) is { } refusal)
        {
            return tree.Contains(request.Code!)
                ? ApiProblems.Conflict("Skill code already used.", refusal)
                : ApiProblems.Unprocessable(refusal);
        }

        var node = SkillNode.ForDistrict(district, request.Code!, request.ParentCode, request.Name!, request.LocalName, clock.GetUtcNow());
        db.Set<SkillNode>().Add(node);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("Skill code already used.", $"Skill code '{node.Code}' was added meanwhile.");
        }

        return TypedResults.Created($"/api/volunteers/skills/{node.Code}", SkillResponse.From(node));
    }
}
