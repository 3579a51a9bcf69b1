using FluentValidation;
using Governance.Contracts.Volunteers;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Skills;
using Governance.Volunteers.Features.Skills;
using Governance.Volunteers.Features.Volunteers;
using Microsoft.AspNetCore.Http.HttpResults;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Needs;

public sealed record CreateNeedRequest(string? Skill, Guid? UnitId, WindowDto? Window, int? Count, NeedSourceDto? Source);

public sealed class CreateNeedValidator : AbstractValidator<CreateNeedRequest>
{
    public CreateNeedValidator()
    {
        RuleFor(r => r.Skill).NotEmpty().Must(SkillCodes.IsValid).WithMessage("skill must be a kebab-case skill code.");
        RuleFor(r => r.UnitId).NotEmpty();
        RuleFor(r => r.Window).NotNull();
        RuleFor(r => r.Window!.From).NotNull().OverridePropertyName("window.from").When(r => r.Window is not null);
        RuleFor(r => r.Window!.To).NotNull().OverridePropertyName("window.to")
            .GreaterThan(r => r.Window!.From).WithMessage("window.to must be later than window.from.")
            .Must((r, to) => to - r.Window!.From <= Need.MaxWindow).WithMessage($"A need's window lasts at most {Need.MaxWindow.TotalDays} days.")
            .When(r => r.Window?.From is not null);
        RuleFor(r => r.Count).NotNull().InclusiveBetween(1, Need.MaxCount);
        RuleFor(r => r.Source!.Kind).Must(NeedSourceKinds.IsValid).OverridePropertyName("source.kind")
            .WithMessage($"source.kind must be a kebab-case name of at most {NeedSourceKinds.MaxLength} characters, e.g. manual, grid-case, event-staffing.")
            .When(r => r.Source is not null);
        RuleFor(r => r.Source!.Id).NotEmpty().OverridePropertyName("source.id").When(r => r.Source is not null);
    }
}

public static class CreateNeed
{
    /// <summary>A coordinator's need; its volunteers are picked by hand or with <c>auto</c> on its assignments.</summary>
    public static async Task<Results<Created<NeedResponse>, ProblemHttpResult>> Handle(
        CreateNeedRequest request, VolunteersDbContext db, SkillTrees trees, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tree = await trees.CurrentAsync(cancellationToken);
        if (!tree.Contains(request.Skill!))
        {
            return ApiProblems.Unprocessable($"skill '{request.Skill}' is not in the skill tree (GET /api/volunteers/skills).");
        }

        var unit = await UnitPaths.PlaceAsync(db, request.UnitId!.Value, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.Unprocessable($"unitId '{request.UnitId}' names no unit of your district.");
        }

        var need = Need.Raise(request.Skill!, unit.Id, unit.Path, new TimeWindow(request.Window!.From!.Value, request.Window.To!.Value),
            request.Count!.Value, request.Source?.Kind ?? NeedSources.Manual, request.Source?.Id, clock.GetUtcNow());
        db.Set<Need>().Add(need);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/volunteers/needs/{need.Id}", NeedResponse.From(need));
    }
}
