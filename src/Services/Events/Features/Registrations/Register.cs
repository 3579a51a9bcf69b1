using Governance.BuildingBlocks.Data;
using System.Security.Claims;
using FluentValidation;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Governance.ServiceDefaults.Http;

namespace Governance.Events.Features.Registrations;

[RequestExample("""{"name": "Zhang Wei", "phone": "13812345678", "partySize": 2}""")]
public sealed record RegisterRequest(string? Name, string? Phone, int? PartySize);

public sealed class RegisterValidator : AbstractValidator<RegisterRequest>
{
    public RegisterValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Registration.MaxNameLength);
        RuleFor(r => r.Phone).NotEmpty().Must(PersonalData.IsValidPhone)
            .WithMessage("phone is a mobile number (11 digits starting with 1) or a landline with its area code.");
        RuleFor(r => r.PartySize).InclusiveBetween(1, Registration.MaxPartySize);
    }
}

public static class Register
{
    /// <summary>
    /// Registers a party while the activity is published and registration is open: a place when
    /// the party fits, otherwise a place in the waitlist. Runs under the activity's lock, so
    /// concurrent registrations on any replica never exceed the capacity.
    /// </summary>
    public static Task<Results<Created<RegistrationResponse>, ProblemHttpResult>> Handle(
        Guid id, RegisterRequest request, ClaimsPrincipal user, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityCommand.RunAsync<Created<RegistrationResponse>>(db, id, clock, locked =>
        {
            var registered = locked.Activity.Register(request.Name!, request.Phone!, request.PartySize ?? 1, locked.Registrations,
                RegistrationCodes.Next, clock.Now(), user.Subject());
            if (registered.Error is { } error)
            {
                return ApiProblems.From(error);
            }

            var registration = registered.Value!;
            db.Set<Registration>().Add(registration);
            locked.Registrations.Add(registration);
            return TypedResults.Created($"/api/events/{id}/registrations/{registration.Id}",
                RegistrationResponse.From(registration, locked.Registrations, user));
        }, cancellationToken);
}
