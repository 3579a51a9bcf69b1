using System.Security.Claims;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Privacy;

namespace Governance.Events.Features.Registrations;

/// <param name="Position">The place in the waitlist (1 = next in line); only while waitlisted.</param>
/// <param name="Phone">Masked (<c>138****5678</c>) except for a district admin of the registration's district.</param>
public sealed record RegistrationResponse(
    Guid Id,
    Guid ActivityId,
    string Code,
    RegistrationStatus Status,
    int? Position,
    string Name,
    string Phone,
    int PartySize,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PromotedAt,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CancelledAt)
{
    public static RegistrationResponse From(Registration r, int? position, ClaimsPrincipal caller) =>
        new(r.Id, r.ActivityId, r.Code, r.Status, position, r.Name, PersonalDataView.For(caller).Phone(r.Phone, r.District), r.PartySize,
            r.CreatedAt, r.PromotedAt, r.CheckedInAt, r.CancelledAt);

    /// <summary>With the position read from all of the activity's registrations.</summary>
    public static RegistrationResponse From(Registration r, IEnumerable<Registration> all, ClaimsPrincipal caller) =>
        From(r, Seating.PositionOf(r, all), caller);
}
