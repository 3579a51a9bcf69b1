using System.Security.Claims;
using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Features.Workers;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

public sealed record MergeCaseRequest(Guid? OriginalId);

public sealed class MergeCaseValidator : AbstractValidator<MergeCaseRequest>
{
    public MergeCaseValidator() => RuleFor(r => r.OriginalId).NotEmpty();
}

/// <summary>
/// Links a duplicate (the case in the path) to its original: the duplicate is closed with
/// <c>mergedInto</c> set, the original carries on and lists it among its <c>duplicates</c>.
/// </summary>
public static class MergeCase
{
    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, MergeCaseRequest request, ClaimsPrincipal user, GridDbContext db, PersonalDataAccess workers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var originalId = request.OriginalId!.Value;
        var original = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == originalId, cancellationToken);
        if (original is null && originalId != id)
        {
            return ApiProblems.Unprocessable($"originalId '{originalId}' names no case of your district.");
        }

        return await CaseCommand.RunAsync(id, db, clock, workers,
            (item, now) => item.MergeInto(original ?? item, CaseCommand.Actor(user), now),
            (item, _, now) => [CaseEvents.Closed(item, now)],
            cancellationToken);
    }
}
