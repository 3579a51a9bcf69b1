using Governance.BuildingBlocks.Data;
using System.Security.Claims;
using FluentValidation;
using Governance.Contracts.Events;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.Events.Features.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Events.Features.Registrations;

public sealed record CheckInRequest(string? Code);

public sealed record WalkInsRequest(int? Count);

public sealed class CheckInValidator : AbstractValidator<CheckInRequest>
{
    public CheckInValidator() => RuleFor(r => r.Code).NotEmpty().MaximumLength(2 * RegistrationCodes.Length);
}

public sealed class WalkInsValidator : AbstractValidator<WalkInsRequest>
{
    public WalkInsValidator() => RuleFor(r => r.Count).NotNull().InclusiveBetween(1, Activity.MaxWalkInsPerCall);
}

/// <summary>
/// Frees the registration's seats; the first waitlisted parties that fit take them, each announced by
/// <see cref="RegistrationPromoted"/>. Only the account that registered or an organiser may: another
/// member of the district gets 403.
/// </summary>
public static class CancelRegistration
{
    public static Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> Handle(
        Guid id, Guid registrationId, ClaimsPrincipal user, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityCommand.RunAsync<Ok<RegistrationResponse>>(db, id, clock, locked =>
        {
            if (locked.Registrations.FirstOrDefault(r => r.Id == registrationId) is not { } registration)
            {
                return ApiProblems.From(DomainError.NotFound($"Activity {id} has no registration '{registrationId}'."));
            }

            if (user.Refusal(registration.Account, Roles.EventOrganizer, "cancel this registration") is { } refusal)
            {
                return ApiProblems.From(refusal);
            }

            var now = clock.Now();
            var cancelled = locked.Activity.CancelRegistration(registration, locked.Registrations, now);
            if (cancelled.Error is { } error)
            {
                return ApiProblems.From(error);
            }

            foreach (var promoted in cancelled.Value!)
            {
                db.Raise(new RegistrationPromoted(Guid.CreateVersion7(now), locked.Activity.District, now, id, promoted.Id, promoted.Account), id);
            }

            return TypedResults.Ok(RegistrationResponse.From(registration, locked.Registrations, user));
        }, cancellationToken);
}

/// <summary>Checks a registered party in by its code, at the door; again is harmless.</summary>
public static class CheckIn
{
    public static Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> Handle(
        Guid id, CheckInRequest request, ClaimsPrincipal user, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityCommand.RunAsync<Ok<RegistrationResponse>>(db, id, clock, locked =>
        {
            var code = RegistrationCodes.Normalise(request.Code!);
            if (locked.Registrations.FirstOrDefault(r => r.Code == code) is not { } registration)
            {
                return ApiProblems.From(DomainError.NotFound($"Activity {id} has no registration with code '{code}'."));
            }

            return locked.Activity.CheckIn(registration, clock.Now()) is { } error
                ? ApiProblems.From(error)
                : TypedResults.Ok(RegistrationResponse.From(registration, locked.Registrations, user));
        }, cancellationToken);
}

/// <summary>Counts people who came without registering; they add to the attendance, not to the registrations.</summary>
public static class AddWalkIns
{
    public static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Handle(
        Guid id, WalkInsRequest request, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityUpdate.RunAsync(db, id, clock, (locked, _) => locked.Activity.AddWalkIns(request.Count!.Value) ?? ActivityUpdate.Raise([]), cancellationToken);
}
