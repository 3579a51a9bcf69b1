using System.Security.Claims;
using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Contracts.Volunteers;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Wishes;

public sealed record ClaimWishRequest(Guid? VolunteerId);

public sealed record FulfilWishRequest(string? Note);

public sealed class ClaimWishValidator : AbstractValidator<ClaimWishRequest>
{
    public ClaimWishValidator() => RuleFor(r => r.VolunteerId).NotEmpty();
}

public sealed class FulfilWishValidator : AbstractValidator<FulfilWishRequest>
{
    public FulfilWishValidator() => RuleFor(r => r.Note).NotEmpty().MaximumLength(MicroWish.MaxNoteLength);
}

/// <summary>
/// A volunteer (or a party member in the pool) takes a posted wish, in their own name: the volunteer must be
/// linked to the caller's account unless the caller coordinates volunteers. Two claims racing for one wish
/// both read it posted; the row version lets only the first commit, the other answers 409.
/// </summary>
public static class ClaimWish
{
    public static Task<Results<Ok<WishResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimWishRequest request, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var volunteerId = request.VolunteerId!.Value;
        var claimer = "";
        string? claimerAccount = null;
        return WishCommand.RunAsync(id, db, clock,
            async (wish, now) =>
            {
                var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken);
                if (volunteer is null)
                {
                    return DomainError.Rule($"volunteerId '{volunteerId}' names no volunteer of your district.");
                }

                if (volunteer.RefuseSelfService(user.Subject(), user.IsCoordinator(), "claim a wish") is { } refusal)
                {
                    return refusal;
                }

                if (!volunteer.Active)
                {
                    return DomainError.Rule($"Volunteer {volunteerId} is inactive and cannot claim wishes.");
                }

                claimer = volunteer.Name;
                claimerAccount = volunteer.Account;
                return wish.Claim(volunteerId, volunteer.Name, user.Actor(), now);
            },
            (wish, now) => [new MicroWishClaimed(Guid.CreateVersion7(now), wish.District, now, wish.Id, volunteerId, claimer, claimerAccount)],
            cancellationToken);
    }
}

/// <summary>Only whoever claimed the wish reports it fulfilled; a wish from a door visit is reported back to the grid.</summary>
public static class FulfilWish
{
    public static Task<Results<Ok<WishResponse>, ProblemHttpResult>> Handle(
        Guid id, FulfilWishRequest request, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        WishCommand.RunAsync(id, db, clock,
            (wish, now) => Task.FromResult(wish.Fulfil(request.Note!, user.Actor(), now)),
            (wish, now) => wish.FromDoorVisit
                ? [new MicroWishFulfilled(Guid.CreateVersion7(now), wish.District, now, wish.Id, now, wish.FulfilmentNote, wish.ClaimerName)]
                : [],
            cancellationToken);
}

/// <summary>The grid worker (or a district admin) confirms with the household that the wish came true.</summary>
public static class ConfirmWish
{
    public static async Task<Results<Ok<WishResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        user.IsGridWorker()
            ? await WishCommand.RunAsync(id, db, clock, (wish, now) => Task.FromResult(wish.Confirm(user.Actor(), now)), (_, _) => [], cancellationToken)
            : ApiProblems.Forbidden($"Confirming a wish takes the role {Roles.GridWorker} or {Roles.DistrictAdmin}.");
}

/// <summary>The claimer (or a coordinator) gives the wish back to the pool.</summary>
public static class ReleaseWish
{
    public static Task<Results<Ok<WishResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        WishCommand.RunAsync(id, db, clock,
            (wish, now) => Task.FromResult(wish.Release(user.Actor(), user.IsCoordinator(), now)),
            (_, _) => [],
            cancellationToken);
}

/// <summary>What every wish action does around its domain call: load, act, raise events, save, answer.</summary>
internal static class WishCommand
{
    public static async Task<Results<Ok<WishResponse>, ProblemHttpResult>> RunAsync(
        Guid id, VolunteersDbContext db, TimeProvider clock,
        Func<MicroWish, DateTimeOffset, Task<DomainError?>> act,
        Func<MicroWish, DateTimeOffset, IEnumerable<Contracts.IIntegrationEvent>> events,
        CancellationToken cancellationToken)
    {
        var wish = await db.Set<MicroWish>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (wish is null)
        {
            return ApiProblems.NotFound("wish", id);
        }

        var now = clock.GetUtcNow();
        if (await act(wish, now) is { } error)
        {
            return ApiProblems.From(error);
        }

        foreach (var integrationEvent in events(wish, now))
        {
            db.Raise(integrationEvent, wish.Id);
        }

        if (await db.SaveOrConflictAsync("wish", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(WishResponse.From(wish, now, withHistory: true));
    }
}
