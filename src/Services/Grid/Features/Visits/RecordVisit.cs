using FluentValidation;
using Governance.Contracts.Grid;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Features.Workers;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Visits;

public sealed record VisitorRequest(string? Name, VisitorRole? Role);

public sealed record WishRequest(string? Description, WishCategory? Category, DateTimeOffset? Deadline);

public sealed record RecordVisitRequest(
    Guid? HouseholdId, DateTimeOffset? VisitedAt, IReadOnlyList<VisitorRequest>? Visitors, Guid? GroupId, Guid? WorkerId,
    string? Notes, IReadOnlyList<WishRequest>? Wishes);

public sealed class RecordVisitValidator : AbstractValidator<RecordVisitRequest>
{
    public RecordVisitValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.VisitedAt).NotNull();
        // Separate rules: a When on the count would also switch off the NotEmpty before it, letting a null list through.
        RuleFor(r => r.Visitors).NotEmpty().WithMessage("visitors must name at least one visitor.");
        RuleFor(r => r.Visitors).Must(v => v!.Count <= DoorVisit.MaxVisitors).When(r => r.Visitors is not null)
            .WithMessage($"A visit has at most {DoorVisit.MaxVisitors} visitors.");
        RuleForEach(r => r.Visitors).NotNull().WithMessage("{PropertyName}[{CollectionIndex}] must be an object, not null.").ChildRules(visitor =>
        {
            visitor.RuleFor(v => v.Name).NotEmpty().MaximumLength(DoorVisit.MaxVisitorNameLength);
            visitor.RuleFor(v => v.Role).NotNull();
        });
        RuleFor(r => r.GroupId).NotEqual(Guid.Empty);
        RuleFor(r => r.WorkerId).NotEqual(Guid.Empty);
        RuleFor(r => r.Notes).MaximumLength(DoorVisit.MaxNotesLength);
        RuleFor(r => r.Wishes).Must(w => w!.Count <= DoorVisit.MaxWishes).When(r => r.Wishes is not null)
            .WithMessage($"A visit records at most {DoorVisit.MaxWishes} wishes.");
        RuleForEach(r => r.Wishes).NotNull().WithMessage("{PropertyName}[{CollectionIndex}] must be an object, not null.").ChildRules(wish =>
        {
            wish.RuleFor(w => w.Description).NotEmpty().MaximumLength(MicroWish.MaxDescriptionLength)
                // Wishes travel to the volunteer service in events, where personal data must never go.
                .Must(d => !PersonalData.ContainsIdOrPhoneNumber(d))
                .WithMessage("description must not contain ID or phone numbers: wishes are shared with the volunteer service.");
            wish.RuleFor(w => w.Category).NotNull();
        });
    }
}

public static class RecordVisit
{
    public static async Task<Results<Created<VisitResponse>, ProblemHttpResult>> Handle(
        RecordVisitRequest request, GridDbContext db, PersonalDataAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var householdId = request.HouseholdId!.Value;
        var household = await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == householdId, cancellationToken);
        if (household is null)
        {
            return ApiProblems.Unprocessable($"householdId '{householdId}' names no household of your district.");
        }

        if (await access.WorkRefusalAsync(household.District, household.GridId, "record door visits in it", cancellationToken) is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        if (request.WorkerId is { } workerId && !await db.Set<GridWorker>().AnyAsync(w => w.Id == workerId, cancellationToken))
        {
            return ApiProblems.Unprocessable($"workerId '{workerId}' names no grid worker of your district.");
        }

        var now = clock.GetUtcNow();
        var (visit, error) = DoorVisit.Record(
            household, request.VisitedAt!.Value,
            request.Visitors!.Select(v => new Visitor(v.Name!, v.Role!.Value)).ToList(),
            request.GroupId, request.WorkerId, request.Notes,
            (request.Wishes ?? []).Select(w => new WishInput(w.Description!, w.Category!.Value, w.Deadline)).ToList(),
            now);
        if (visit is null)
        {
            return ApiProblems.Unprocessable(error!);
        }

        db.Set<DoorVisit>().Add(visit);
        db.Raise(new DoorVisitRecorded(Guid.CreateVersion7(now), visit.District, now,
            visit.Id, visit.GroupId, visit.WorkerId, visit.GridId, visit.VisitedAt, visit.Wishes.Count), visit.Id);
        foreach (var wish in visit.Wishes)
        {
            db.Raise(new MicroWishVoiced(Guid.CreateVersion7(now), visit.District, now,
                wish.Id, visit.Id, visit.BuildingId, visit.GridId, wish.Description, WireNames.Name(wish.Category), wish.Deadline), visit.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/grid/visits/{visit.Id}", VisitResponse.From(visit));
    }
}
