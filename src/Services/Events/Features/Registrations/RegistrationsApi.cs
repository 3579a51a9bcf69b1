using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;
using Governance.Events.Features;

namespace Governance.Events.Features.Registrations;

public static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrations(this RouteGroupBuilder api)
    {
        var activity = api.MapGroup("/{id:guid}");
        activity.MapPost("/registrations", Register.Handle).Validate<RegisterRequest>()
            .WithSummary("Registers a party (partySize, default 1): a code and a place, or a waitlist position when full.");
        activity.MapGet("/registrations", ListRegistrations.Handle).RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("The activity's registrations by status; phones masked except for a district admin.");
        activity.MapGet("/registrations/{registrationId:guid}/qr", RegistrationQr.Handle)
            .WithSummary("The registration code as a QR image (image/png); only the account that registered or an organiser (403 otherwise).");
        activity.MapPost("/registrations/{registrationId:guid}/cancel", CancelRegistration.Handle)
            .WithSummary("Cancels a registration (only the account that registered or an organiser, 403 otherwise); freed seats go to the first waitlisted parties that fit.");
        activity.MapPost("/checkins", CheckIn.Handle).Validate<CheckInRequest>().RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("Checks a registered party in by code (idempotent; unknown code 404, cancelled or waitlisted 409).");
        activity.MapPost("/walk-ins", AddWalkIns.Handle).Validate<WalkInsRequest>().RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("Counts people who came without registering.");
        return api;
    }
}
