using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Features.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Households;

public sealed record TagResidentRequest(IReadOnlyList<SpecialGroup>? SpecialGroups);

public sealed class TagResidentValidator : AbstractValidator<TagResidentRequest>
{
    public TagResidentValidator() => RuleFor(r => r.SpecialGroups).NotNull();
}

public static class TagResident
{
    /// <summary>Replaces a resident's special-group tags (an empty list removes them all).</summary>
    public static async Task<Results<Ok<ResidentResponse>, ProblemHttpResult>> Handle(
        Guid id, TagResidentRequest request, GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken)
    {
        var resident = await db.Set<Resident>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resident is null)
        {
            return ApiProblems.NotFound("resident", id);
        }

        if (await access.WorkRefusalAsync(resident.District, resident.GridId, "change its residents' special groups", cancellationToken) is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        resident.Tag(request.SpecialGroups!);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ResidentResponse.From(resident, await access.ViewerAsync(cancellationToken)));
    }
}
